using System.Globalization;
using Chatbot.Core.Conversations;
using Chatbot.Core.Ports;
using Chatbot.Redis.Json;
using StackExchange.Redis;

namespace Chatbot.Redis;

/// <summary>
/// A conversation's state, transcript and turn commit; every key in the conversation's partition slot.
/// ETag rule of the commit: the ETag the state was loaded with must still be the stored one; a state loaded fresh
/// (no ETag) may only be committed while none exists; "*" overwrites.
/// </summary>
public sealed class RedisConversationStore(RedisContext redis) : IConversationStore
{
    public async Task<TurnSnapshot> LoadAsync(string conversationId, string? messageId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var hasMessage = !string.IsNullOrEmpty(messageId);
        var result = (RedisResult[])(await redis.EvalAsync(
            RedisScripts.TurnLoad,
            LoadKeys(conversationId, messageId),
            [hasMessage ? "1" : "0"]).WaitAsync(cancellationToken))!;

        var etag = (string?)result[0];
        var json = (string?)result[1];
        var state = json is null
            ? new ConversationState { ConversationId = conversationId }
            : RedisJson.Deserialize<ConversationState>(json);
        state.ETag = json is null ? null : etag;

        // The webhook records inbound times outside the state (it must not race the turn's ETag): merge the later one.
        if (!result[2].IsNull && long.TryParse((string?)result[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var lastMs))
        {
            var lastInbound = DateTimeOffset.FromUnixTimeMilliseconds(lastMs);
            if (state.LastInboundAt is null || state.LastInboundAt < lastInbound) state.LastInboundAt = lastInbound;
        }

        return new TurnSnapshot(state, (long)result[3] == 1);
    }

    public async Task CommitAsync(TurnCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);
        cancellationToken.ThrowIfCancellationRequested();
        var state = commit.State;
        var id = state.ConversationId;
        var options = redis.Options;
        var ack = commit.Ack;
        var ackInScript = ack is not null && ack.Partition == redis.Keys.PartitionOf(id);
        var newETag = Guid.NewGuid().ToString("N");
        var expected = state.ETag ?? string.Empty;

        var values = new List<RedisValue>
        {
            expected,
            newETag,
            RedisJson.Serialize(state),
            (long)options.ConversationTtl.TotalMilliseconds,
            commit.ProcessedMessageId is null ? string.Empty : (long)options.ProcessedMarkerTtl.TotalMilliseconds,
            options.TranscriptMaxEntries,
            RedisInbox.Group,
            ackInScript ? ack!.EntryId : string.Empty,
            commit.Outgoing.Count,
        };
        values.AddRange(commit.Outgoing.Select(m => (RedisValue)RedisJson.Serialize(m)));
        values.AddRange(commit.Transcript.Select(t => (RedisValue)RedisJson.Serialize(t)));

        var committed = (int)await redis.EvalAsync(RedisScripts.TurnCommit, CommitKeys(commit), values.ToArray());
        if (committed == 0) throw new ETagMismatchException(id);
        state.ETag = newETag;

        if (ack is not null && !ackInScript)
        {
            // Only after Redis:Partitions changed with entries still pending: the entry is in another partition's slot,
            // so it is acknowledged after the commit. A crash in between hands the message out again, and the
            // processed marker just committed stops a second run.
            await redis.EvalAsync(RedisScripts.StreamAck, [redis.Keys.Inbox(ack.Partition)], [RedisInbox.Group, ack.EntryId]);
        }
    }

    /// <summary>The keys of a turn's load, all in the conversation's partition slot (see RedisKeys).</summary>
    internal RedisKey[] LoadKeys(string conversationId, string? messageId)
    {
        var keys = redis.Keys;
        var stateKey = keys.ConversationState(conversationId);
        return
        [
            stateKey,
            keys.LastInbound(conversationId),
            string.IsNullOrEmpty(messageId) ? stateKey : keys.Processed(conversationId, messageId),
        ];
    }

    /// <summary>
    /// The keys of a turn's commit, all in the conversation's partition slot: one script, one slot, also on a cluster.
    /// The inbox entry it acknowledges is in that partition too (the webhook put it there; CommitAsync handles the
    /// exception of a changed partition count).
    /// </summary>
    internal RedisKey[] CommitKeys(TurnCommit commit)
    {
        var keys = redis.Keys;
        var id = commit.State.ConversationId;
        var partition = keys.PartitionOf(id);
        var stateKey = keys.ConversationState(id);
        return
        [
            stateKey,
            keys.Transcript(id),
            keys.Outbox(partition),
            commit.ProcessedMessageId is null ? stateKey : keys.Processed(id, commit.ProcessedMessageId),
            keys.Inbox(partition),
        ];
    }

    public async Task<IReadOnlyList<TranscriptEntry>> GetTranscriptAsync(string conversationId, int max, CancellationToken cancellationToken = default)
    {
        if (max <= 0) return [];
        var lines = await redis.Database.ListRangeAsync(redis.Keys.Transcript(conversationId), -max, -1).WaitAsync(cancellationToken);
        return lines.Select(line => RedisJson.Deserialize<TranscriptEntry>(line!)).ToList();
    }

    public async Task AppendTranscriptAsync(string conversationId, TranscriptEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        var key = redis.Keys.Transcript(conversationId);
        var transaction = redis.Database.CreateTransaction();
        var push = transaction.ListRightPushAsync(key, RedisJson.Serialize(entry));
        var trim = transaction.ListTrimAsync(key, -redis.Options.TranscriptMaxEntries, -1);
        var expire = transaction.KeyExpireAsync(key, redis.Options.ConversationTtl);
        await transaction.ExecuteAsync();
        await Task.WhenAll(push, trim, expire);
    }
}
