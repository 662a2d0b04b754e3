namespace Chatbot.Web.OperatorConsole;

/// <summary>Names of the console's cookie scheme, its authorization policy and its cookies.</summary>
public static class ConsoleAuthentication
{
    public const string Scheme = "OperatorConsole";
    public const string Policy = "Operator";
    public const string CookieName = "adminduk.console";
    public const string AntiforgeryCookieName = "adminduk.console.af";
    public const string AntiforgeryFieldName = "__RequestVerificationToken";
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);
}
