using Chatbot.Core.Ports;

namespace Chatbot.Redis;

/// <summary>Expiring partition ownership: taken with SET NX PX, renewed and released only by its owner (scripts).</summary>
public sealed class RedisPartitionLeases(RedisContext redis) : IPartitionLeases
{
    public async Task<bool> TryHoldAsync(string stream, int partition, string owner, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(stream);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero);
        cancellationToken.ThrowIfCancellationRequested();
        var held = await redis.EvalAsync(RedisScripts.LeaseHold, [redis.Keys.Lease(stream, partition)], [owner, (long)Math.Ceiling(ttl.TotalMilliseconds)]);
        return (int)held == 1;
    }

    public Task ReleaseAsync(string stream, int partition, string owner, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return redis.EvalAsync(RedisScripts.LeaseRelease, [redis.Keys.Lease(stream, partition)], [owner]);
    }
}
