namespace Chatbot.Web.OperatorConsole;

/// <summary>The pages of the console app (each serves the same shell; the script shows the page).</summary>
public static class ConsoleAppPaths
{
    /// <summary>Where the console's script calls the REST API.</summary>
    public const string Api = "/api";

    public const string Case = ConsolePaths.Root + "/kasus";
    public const string Conversation = ConsolePaths.Root + "/percakapan";
    public const string Dashboard = ConsolePaths.Root + "/dasbor";
    public const string Audit = ConsolePaths.Root + "/audit";
    public const string Accounts = ConsolePaths.Root + "/akun";
}
