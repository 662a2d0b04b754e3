namespace Chatbot.Core.Ports;

/// <summary>
/// The worker instances alive now, known to all of them: each announces itself periodically for a limited time, so a
/// dead instance drops out by itself. The instances share the stream partitions among the live ones.
/// </summary>
public interface IInstanceRegistry
{
    /// <summary>Announces <paramref name="instanceId"/> as alive for <paramref name="ttl"/> and returns every live instance (itself included), sorted.</summary>
    Task<IReadOnlyList<string>> HeartbeatAsync(string instanceId, TimeSpan ttl, CancellationToken cancellationToken = default);

    /// <summary>Drops the instance at once (graceful shutdown), so that the others take over its partitions without waiting for it to expire.</summary>
    Task LeaveAsync(string instanceId, CancellationToken cancellationToken = default);
}
