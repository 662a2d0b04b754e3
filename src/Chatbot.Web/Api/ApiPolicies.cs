using Chatbot.Core.Accounts;
using Chatbot.Web.OperatorConsole;

namespace Chatbot.Web.Api;

/// <summary>
/// The API's authorization policies, all on the console's cookie: Operator (any signed-in account: operators,
/// supervisors and admins), Supervisor (supervisors and admins), Admin (admins only).
/// </summary>
public static class ApiPolicies
{
    /// <summary>The console's own policy: a signed-in, active account of any role.</summary>
    public const string Operator = ConsoleAuthentication.Policy;

    public const string Supervisor = "Supervisor";

    public const string Admin = "Admin";

    public static readonly string[] SupervisorRoles = [nameof(OperatorRole.Supervisor), nameof(OperatorRole.Admin)];

    public static readonly string[] AdminRoles = [nameof(OperatorRole.Admin)];
}
