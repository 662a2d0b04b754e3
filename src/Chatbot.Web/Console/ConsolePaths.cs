namespace Chatbot.Web.OperatorConsole;

// The folder is Console/, the namespace OperatorConsole: a namespace Chatbot.Web.Console would hide System.Console
// from every file under Chatbot.Web.

/// <summary>The console's addresses.</summary>
public static class ConsolePaths
{
    public const string Root = "/console";
    public const string Login = "/console/login";
    public const string Logout = "/console/logout";

    /// <summary>Where to go after signing in: the requested console page, else the console's start. Never another site.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is not null
        && (returnUrl == Root || returnUrl.StartsWith(Root + "/", StringComparison.Ordinal) || returnUrl.StartsWith(Root + "?", StringComparison.Ordinal))
        && !returnUrl.Contains('\\') && !returnUrl.Any(char.IsControl)
        && !returnUrl.StartsWith(Login, StringComparison.Ordinal) && !returnUrl.StartsWith(Logout, StringComparison.Ordinal)
            ? returnUrl
            : Root;
}
