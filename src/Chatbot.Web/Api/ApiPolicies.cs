using Chatbot.Core.Accounts;
using Chatbot.Web.OperatorConsole;

namespace Chatbot.Web.Api;

/// <summary>
/// The API's authorization policies, all on the console's cookie: Operator (the office's staff: operators, supervisors
/// and admins; never a coordinator), Supervisor (supervisors and admins), Admin (admins only), IkdGroups (coordinators,
/// supervisors and admins: IKD group bookings) and SignedIn (any account, coordinators included: IKD areas and sessions,
/// each filtered for a coordinator).
/// </summary>
public static class ApiPolicies
{
    /// <summary>The console's own policy: an active account of the office's staff.</summary>
    public const string Operator = ConsoleAuthentication.Policy;

    public const string Supervisor = "Supervisor";

    public const string Admin = "Admin";

    /// <summary>IKD group bookings: a coordinator (their own institution's only), a supervisor or an admin.</summary>
    public const string IkdGroups = "IkdGroups";

    /// <summary>Any signed-in account; the endpoint itself narrows what a coordinator sees.</summary>
    public const string SignedIn = ConsoleAuthentication.SignedInPolicy;

    public static readonly string[] SupervisorRoles = [nameof(OperatorRole.Supervisor), nameof(OperatorRole.Admin)];

    public static readonly string[] AdminRoles = [nameof(OperatorRole.Admin)];

    public static readonly string[] IkdGroupsRoles = [nameof(OperatorRole.Coordinator), nameof(OperatorRole.Supervisor), nameof(OperatorRole.Admin)];
}
