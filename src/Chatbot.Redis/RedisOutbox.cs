using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Chatbot.Redis.Json;
using StackExchange.Redis;

namespace Chatbot.Redis;

/// <summary>
/// Outgoing messages on the partition streams of their conversations, read by the consumer group "senders".
/// Bot replies arrive through the turn commit; this enqueues the others (operators, notifications).
/// </summary>
public sealed class RedisOutbox : PartitionedQueue<OutboundMessage>, IOutbox, IOutboxReader
{
    public const string Group = "senders";

    public RedisOutbox(RedisContext redis)
        : base(redis, redis.Keys.Outbox, Group)
    {
    }

    public async Task EnqueueAsync(IReadOnlyList<OutboundMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0) return;
        cancellationToken.ThrowIfCancellationRequested();

        // One pipeline; commands on one connection keep their order, so a conversation's messages stay in order.
        var batch = Redis.Database.CreateBatch();
        var adds = messages
            .Select(m => batch.StreamAddAsync(Redis.Keys.Outbox(Redis.Keys.PartitionOf(m.ConversationId)), "m", RedisJson.Serialize(m)))
            .ToList();
        batch.Execute();
        await Task.WhenAll(adds);
    }

    public Task<IReadOnlyList<OutboxEntry>> ReadAsync(int partition, string consumer, int max, TimeSpan block, CancellationToken cancellationToken = default) =>
        ReadEntriesAsync(partition, consumer, max, block, (id, message) => new OutboxEntry(new OutboxReceipt(partition, id), message), cancellationToken);

    public Task AckAsync(OutboxReceipt receipt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return AckEntryAsync(receipt.Partition, receipt.EntryId, cancellationToken);
    }
}
