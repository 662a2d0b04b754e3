using Newtonsoft.Json.Linq;

namespace Chatbot.Twilio.Simulation;

/// <summary>An error as Twilio's REST API answers it: HTTP status and {"code", "message", "more_info", "status"}.</summary>
public sealed record SimulatedApiError(int Code, string Message, int Status)
{
    public static readonly SimulatedApiError Unauthenticated = new(20003, "Authenticate", 401);

    public string ToJson() => new JObject
    {
        ["code"] = Code,
        ["message"] = Message,
        ["more_info"] = "https://www.twilio.com/docs/errors/" + Code,
        ["status"] = Status,
    }.ToString(Newtonsoft.Json.Formatting.None);
}
