using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Chatbot.Redis.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Chatbot.Redis;

/// <summary>
/// Outgoing messages on the partition streams of their conversations, read by the consumer group "senders".
/// Bot replies arrive through the turn commit; this enqueues the others (operators, notifications).
/// </summary>
public sealed class RedisOutbox : IOutbox, IOutboxReader
{
    public const string Group = "senders";

    private readonly RedisContext redis;
    private readonly PartitionedStream stream;
    private readonly ILogger logger;

    public RedisOutbox(RedisContext redis)
    {
        this.redis = redis;
        stream = new PartitionedStream(redis, redis.Keys.Outbox, Group);
        logger = redis.LoggerFactory.CreateLogger<RedisOutbox>();
    }

    public int Partitions => stream.Partitions;

    public async Task EnqueueAsync(IReadOnlyList<OutboundMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0) return;
        cancellationToken.ThrowIfCancellationRequested();

        // One pipeline; commands on one connection keep their order, so a conversation's messages stay in order.
        var batch = redis.Database.CreateBatch();
        var adds = messages
            .Select(m => batch.StreamAddAsync(redis.Keys.Outbox(redis.Keys.PartitionOf(m.ConversationId)), "m", RedisJson.Serialize(m)))
            .ToList();
        batch.Execute();
        await Task.WhenAll(adds);
    }

    public async Task<IReadOnlyList<OutboxEntry>> ReadAsync(int partition, string consumer, int max, TimeSpan block, CancellationToken cancellationToken = default)
    {
        var raw = await stream.ReadAsync(partition, consumer, max, block, cancellationToken);
        var entries = new List<OutboxEntry>(raw.Count);
        foreach (var (entryId, json) in raw)
        {
            OutboundMessage message;
            try
            {
                message = RedisJson.Deserialize<OutboundMessage>(json);
            }
            catch (Newtonsoft.Json.JsonException ex)
            {
                logger.LogError(ex, "Dropping unreadable outbox entry {EntryId} of partition {Partition}", entryId, partition);
                await stream.AckAsync(partition, entryId);
                continue;
            }

            entries.Add(new OutboxEntry(new OutboxReceipt(partition, entryId), message));
        }

        return entries;
    }

    public Task AckAsync(OutboxReceipt receipt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return stream.AckAsync(receipt.Partition, receipt.EntryId).WaitAsync(cancellationToken);
    }
}
