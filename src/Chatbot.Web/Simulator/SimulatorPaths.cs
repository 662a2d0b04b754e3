namespace Chatbot.Web.Simulator;

public static class SimulatorPaths
{
    public const string Root = "/simulator";
    public const string Api = Root + "/api";
    public const string Media = Root + "/media";

    /// <summary>Base URL of the fake Twilio REST API: set Twilio:ApiBaseUrl to the service's address plus this.</summary>
    public const string FakeTwilio = Root + "/twilio";
}
