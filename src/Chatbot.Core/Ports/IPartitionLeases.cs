namespace Chatbot.Core.Ports;

/// <summary>
/// Exclusive, expiring ownership of a stream partition by one instance, so that a conversation's messages are
/// handled by one worker at a time and in order; a dead owner's lease runs out and another instance takes over.
/// </summary>
public interface IPartitionLeases
{
    /// <summary>Takes or renews the lease; false while another owner holds it.</summary>
    Task<bool> TryHoldAsync(string stream, int partition, string owner, TimeSpan ttl, CancellationToken cancellationToken = default);

    Task ReleaseAsync(string stream, int partition, string owner, CancellationToken cancellationToken = default);
}
