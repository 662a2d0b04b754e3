using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Chatbot.Redis.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Chatbot.Redis;

/// <summary>
/// Inbound messages: the webhook appends (deduplicated by message id) to the stream of the conversation's partition;
/// workers read it through the consumer group "workers". See <see cref="PartitionedStream"/> for how block works.
/// </summary>
public sealed class RedisInbox : IInbox, IInboxReader
{
    public const string Group = "workers";

    private readonly RedisContext redis;
    private readonly PartitionedStream stream;
    private readonly ILogger logger;

    public RedisInbox(RedisContext redis)
    {
        this.redis = redis;
        stream = new PartitionedStream(redis, redis.Keys.Inbox, Group);
        logger = redis.LoggerFactory.CreateLogger<RedisInbox>();
    }

    public int Partitions => stream.Partitions;

    public async Task<bool> AcceptAsync(InboundMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        var accepted = (int)await redis.EvalAsync(
            RedisScripts.InboxAccept,
            AcceptKeys(message),
            [
                (long)redis.Options.ProcessedMarkerTtl.TotalMilliseconds,
                RedisJson.Serialize(message),
                message.ReceivedAt.ToUnixTimeMilliseconds(),
                (long)redis.Options.ConversationTtl.TotalMilliseconds,
            ]);
        return accepted == 1;
    }

    /// <summary>The keys of the webhook's accept, all in the conversation's partition slot (see RedisKeys).</summary>
    internal RedisKey[] AcceptKeys(InboundMessage message)
    {
        var keys = redis.Keys;
        var id = message.ConversationId;
        return [keys.Seen(id, message.MessageId), keys.Inbox(keys.PartitionOf(id)), keys.LastInbound(id)];
    }

    public async Task<IReadOnlyList<InboxEntry>> ReadAsync(int partition, string consumer, int max, TimeSpan block, CancellationToken cancellationToken = default)
    {
        var messages = await stream.ReadMessagesAsync<InboundMessage>(partition, consumer, max, block, logger, cancellationToken);
        return messages.Select(m => new InboxEntry(new InboxReceipt(partition, m.Id), m.Message)).ToList();
    }

    public Task AckAsync(InboxReceipt receipt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return stream.AckAsync(receipt.Partition, receipt.EntryId).WaitAsync(cancellationToken);
    }
}
