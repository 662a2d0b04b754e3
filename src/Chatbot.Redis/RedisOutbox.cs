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
        var messages = await stream.ReadMessagesAsync<OutboundMessage>(partition, consumer, max, block, logger, cancellationToken);
        return messages.Select(m => new OutboxEntry(new OutboxReceipt(partition, m.Id), m.Message)).ToList();
    }

    public Task AckAsync(OutboxReceipt receipt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return stream.AckAsync(receipt.Partition, receipt.EntryId).WaitAsync(cancellationToken);
    }
}
