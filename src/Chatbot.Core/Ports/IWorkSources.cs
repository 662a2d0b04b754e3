using Chatbot.Core.Cases;
using Chatbot.Core.Routing;

namespace Chatbot.Core.Ports;

/// <summary>Where routing finds waiting work: the cases waiting in a case-store queue, the conversations waiting for an operator. Read only.</summary>
public interface IWorkSources
{
    /// <summary>The cases of <paramref name="service"/> waiting in its store queue <paramref name="queue"/>, in queue order (priority, then age).</summary>
    Task<IReadOnlyList<ServiceCase>> WaitingCasesAsync(string service, string queue, int max, CancellationToken cancellationToken = default);

    /// <summary>The conversations waiting for an operator, oldest first.</summary>
    Task<IReadOnlyList<WaitingConversation>> WaitingConversationsAsync(int max, CancellationToken cancellationToken = default);
}
