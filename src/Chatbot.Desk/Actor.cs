using Chatbot.Core.Accounts;

namespace Chatbot.Desk;

/// <summary>Who acts: the signed-in account's user name and role (the host reads them from the console cookie).</summary>
public sealed record Actor(string UserName, OperatorRole Role)
{
    /// <summary>Sees every queue and every conversation, also one another operator holds (<see cref="Capability.SuperviseQueues"/>).</summary>
    public bool IsSupervisor => RoleCapabilities.Allows(Role, Capability.SuperviseQueues);
}
