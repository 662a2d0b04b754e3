using Chatbot.Core.Accounts;

namespace Chatbot.Web.OperatorConsole;

/// <summary>Names of the console's cookie scheme, its authorization policies and its cookies.</summary>
public static class ConsoleAuthentication
{
    public const string Scheme = "OperatorConsole";

    /// <summary>
    /// The office's staff (operators, supervisors, admins): everything that shows citizens' cases and conversations.
    /// An institution's coordinator is refused (UU 27/2022: they have no business with citizens' personal data).
    /// </summary>
    public const string Policy = "Operator";

    /// <summary>Any signed-in, active account, coordinators included: the console's start (which sends each role to its page) and sign-out.</summary>
    public const string SignedInPolicy = "SignedIn";

    public const string CookieName = "adminduk.console";
    public const string AntiforgeryCookieName = "adminduk.console.af";
    public const string AntiforgeryFieldName = "__RequestVerificationToken";
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    /// <summary>The roles of <see cref="Policy"/>.</summary>
    public static readonly string[] StaffRoles = [nameof(OperatorRole.Operator), nameof(OperatorRole.Supervisor), nameof(OperatorRole.Admin)];

    /// <summary>Every role (<see cref="SignedInPolicy"/>).</summary>
    public static readonly string[] AllRoles = Enum.GetNames<OperatorRole>();

    /// <summary>Where a coordinator's console starts (their group bookings); /console sends them there.</summary>
    public const string CoordinatorHome = ConsolePaths.Root + "/ikd/groups";

    public static bool IsStaff(OperatorRole role) => role is OperatorRole.Operator or OperatorRole.Supervisor or OperatorRole.Admin;
}
