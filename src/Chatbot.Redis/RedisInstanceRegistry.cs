using Chatbot.Core.Ports;
using StackExchange.Redis;

namespace Chatbot.Redis;

/// <summary>
/// The live worker instances in one sorted set (one slot, also in a cluster): an instance's score is the server time
/// until which it counts as alive, renewed by each heartbeat; expired members are dropped by the next heartbeat of anyone.
/// </summary>
public sealed class RedisInstanceRegistry(RedisContext redis) : IInstanceRegistry
{
    public async Task<IReadOnlyList<string>> HeartbeatAsync(string instanceId, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero);
        cancellationToken.ThrowIfCancellationRequested();
        var result = (RedisResult[])(await redis.EvalAsync(
            ScaleOutScripts.InstanceHeartbeat,
            [redis.Keys.LiveInstances],
            [instanceId, (long)Math.Ceiling(ttl.TotalMilliseconds)]))!;
        var live = result.Select(r => (string)r!).ToList();
        live.Sort(StringComparer.Ordinal);
        return live;
    }

    public Task LeaveAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellationToken.ThrowIfCancellationRequested();
        return redis.Database.SortedSetRemoveAsync(redis.Keys.LiveInstances, instanceId);
    }
}
