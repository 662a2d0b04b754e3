using Chatbot.Core.Accounts;

namespace Chatbot.Core.Ports;

/// <summary>Every operator account, for the admin's account list and the supervisors' dashboard.</summary>
public interface IOperatorDirectory
{
    /// <summary>All accounts, oldest first.</summary>
    Task<IReadOnlyList<OperatorAccount>> ListAsync(CancellationToken cancellationToken = default);
}
