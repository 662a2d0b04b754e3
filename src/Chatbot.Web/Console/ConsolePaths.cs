namespace Chatbot.Web.OperatorConsole;

// The folder is Console/, the namespace OperatorConsole: a namespace Chatbot.Web.Console would hide System.Console
// from every file under Chatbot.Web.

/// <summary>The console's addresses.</summary>
public static class ConsolePaths
{
    public const string Root = "/console";
    public const string Login = "/console/login";
    public const string Logout = "/console/logout";

    /// <summary>Changing one's own password ("Ganti kata sandi"); where an account with a one-time password is sent.</summary>
    public const string Password = "/console/kata-sandi";

    /// <summary>Where to go after signing in: the requested console page, else the console's start. Never another site.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is not null
        && (returnUrl == Root || returnUrl.StartsWith(Root + "/", StringComparison.Ordinal) || returnUrl.StartsWith(Root + "?", StringComparison.Ordinal))
        && !returnUrl.Contains('\\') && !returnUrl.Any(char.IsControl)
        && !returnUrl.StartsWith(Login, StringComparison.Ordinal) && !returnUrl.StartsWith(Logout, StringComparison.Ordinal)
            ? returnUrl
            : Root;
}
