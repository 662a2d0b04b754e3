using Chatbot.Core.Ports;
using StackExchange.Redis;

namespace Chatbot.Redis;

/// <summary>
/// Conversations waiting for an operator: one sorted set by the time they asked, oldest first. Every command touches
/// that one key, so it works alike on a cluster. The turn that queues a conversation enqueues before it commits the
/// conversation's mode (another slot): enqueueing again keeps the place (ZADD NX), so a crash in between is repaired
/// when the message is handled again (a queue entry without the Queued mode, never the other way round).
/// </summary>
public sealed class RedisHandoffQueue(RedisContext redis) : IHandoffQueue
{
    public async Task<long> EnqueueAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        cancellationToken.ThrowIfCancellationRequested();
        return (long)await redis.EvalAsync(RedisScripts.HandoffEnqueue, [redis.Keys.HandoffQueue], [at.ToUnixTimeMilliseconds(), conversationId]);
    }

    public async Task<long?> PositionAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var rank = await redis.Database.SortedSetRankAsync(redis.Keys.HandoffQueue, conversationId).WaitAsync(cancellationToken);
        return rank + 1;
    }

    public Task<bool> RemoveAsync(string conversationId, CancellationToken cancellationToken = default) =>
        redis.Database.SortedSetRemoveAsync(redis.Keys.HandoffQueue, conversationId).WaitAsync(cancellationToken);

    public Task<long> CountAsync(CancellationToken cancellationToken = default) =>
        redis.Database.SortedSetLengthAsync(redis.Keys.HandoffQueue).WaitAsync(cancellationToken);
}
