using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Chatbot.Redis.Json;
using StackExchange.Redis;

namespace Chatbot.Redis;

/// <summary>
/// Inbound messages: the webhook appends (deduplicated by message id) to the stream of the conversation's partition;
/// workers read it through the consumer group "workers". See <see cref="PartitionedStream"/> for how block works.
/// </summary>
public sealed class RedisInbox : PartitionedQueue<InboundMessage>, IInbox, IInboxReader
{
    public const string Group = "workers";

    public RedisInbox(RedisContext redis)
        : base(redis, redis.Keys.Inbox, Group)
    {
    }

    public async Task<bool> AcceptAsync(InboundMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        var accepted = (int)await Redis.EvalAsync(
            RedisScripts.InboxAccept,
            AcceptKeys(message),
            [
                (long)Redis.Options.ProcessedMarkerTtl.TotalMilliseconds,
                RedisJson.Serialize(message),
                message.ReceivedAt.ToUnixTimeMilliseconds(),
                (long)Redis.Options.ConversationTtl.TotalMilliseconds,
            ]);
        return accepted == 1;
    }

    /// <summary>The keys of the webhook's accept, all in the conversation's partition slot (see RedisKeys).</summary>
    internal RedisKey[] AcceptKeys(InboundMessage message)
    {
        var keys = Redis.Keys;
        var id = message.ConversationId;
        return [keys.Seen(id, message.MessageId), keys.Inbox(keys.PartitionOf(id)), keys.LastInbound(id)];
    }

    public Task<IReadOnlyList<InboxEntry>> ReadAsync(int partition, string consumer, int max, TimeSpan block, CancellationToken cancellationToken = default) =>
        ReadEntriesAsync(partition, consumer, max, block, (id, message) => new InboxEntry(new InboxReceipt(partition, id), message), cancellationToken);

    public Task AckAsync(InboxReceipt receipt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return AckEntryAsync(receipt.Partition, receipt.EntryId, cancellationToken);
    }
}
