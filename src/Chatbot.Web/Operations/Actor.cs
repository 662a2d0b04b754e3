using System.Security.Claims;
using Chatbot.Core.Accounts;
using Chatbot.Web.OperatorConsole;

namespace Chatbot.Web.Operations;

/// <summary>Who acts: the signed-in account's user name and role (from the console cookie).</summary>
public sealed record Actor(string UserName, OperatorRole Role)
{
    /// <summary>Supervisors and admins see every queue, the dashboard and the audit log.</summary>
    public bool IsSupervisor => Role is OperatorRole.Supervisor or OperatorRole.Admin;

    public static Actor? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var name = ConsolePrincipal.UserName(principal);
        if (name is null) return null;
        var role = Enum.GetValues<OperatorRole>().Where(r => principal.IsInRole(r.ToString())).DefaultIfEmpty(OperatorRole.Operator).Max();
        return new Actor(name, role);
    }
}
