namespace Chatbot.Web.OperatorConsole;

/// <summary>Names of the console's cookie scheme and its cookies. Its policies are <see cref="Api.CapabilityPolicies"/>.</summary>
public static class ConsoleAuthentication
{
    public const string Scheme = "OperatorConsole";

    public const string CookieName = "adminduk.console";
    public const string AntiforgeryCookieName = "adminduk.console.af";
    public const string AntiforgeryFieldName = "__RequestVerificationToken";
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    /// <summary>Where the console starts for an account that may not work cases (a coordinator: their group bookings); /console sends them there.</summary>
    public const string CoordinatorHome = ConsolePaths.Root + "/ikd/groups";
}
