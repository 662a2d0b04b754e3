namespace Chatbot.Core.Ports;

/// <summary>Conversations waiting for an operator ("petugas"), oldest first.</summary>
public interface IHandoffQueue
{
    /// <summary>Adds the conversation if not already waiting; returns its place (1 = next).</summary>
    Task<long> EnqueueAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken = default);

    Task<long?> PositionAsync(string conversationId, CancellationToken cancellationToken = default);

    Task<bool> RemoveAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>How many conversations are waiting now (read only).</summary>
    Task<long> CountAsync(CancellationToken cancellationToken = default);
}
