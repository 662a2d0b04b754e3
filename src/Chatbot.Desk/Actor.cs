using Chatbot.Core.Accounts;

namespace Chatbot.Desk;

/// <summary>Who acts: the signed-in account's user name and role (the host reads them from the console cookie).</summary>
public sealed record Actor(string UserName, OperatorRole Role)
{
    /// <summary>Supervisors and admins see every queue, the dashboard and the audit log.</summary>
    public bool IsSupervisor => Role is OperatorRole.Supervisor or OperatorRole.Admin;
}
