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
        var keys = redis.Keys;
        var stateKey = keys.ConversationState(conversationId);
        var hasMessage = !string.IsNullOrEmpty(messageId);
        var result = (RedisResult[])(await redis.EvalAsync(
            RedisScripts.TurnLoad,
            [stateKey, keys.LastInbound(conversationId), hasMessage ? keys.Processed(conversationId, messageId!) : stateKey],
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
        var keys = redis.Keys;
        var options = redis.Options;
        var stateKey = keys.ConversationState(id);
        var ack = commit.Ack;
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
            ack?.EntryId ?? string.Empty,
            commit.Outgoing.Count,
        };
        values.AddRange(commit.Outgoing.Select(m => (RedisValue)RedisJson.Serialize(m)));
        values.AddRange(commit.Transcript.Select(t => (RedisValue)RedisJson.Serialize(t)));

        var partition = keys.PartitionOf(id);
        RedisKey[] scriptKeys =
        [
            stateKey,
            keys.Transcript(id),
            keys.Outbox(partition),
            commit.ProcessedMessageId is null ? stateKey : keys.Processed(id, commit.ProcessedMessageId),
            keys.Inbox(ack?.Partition ?? partition),
        ];

        var committed = (int)await redis.EvalAsync(RedisScripts.TurnCommit, scriptKeys, values.ToArray());
        if (committed == 0) throw new ETagMismatchException(id);
        state.ETag = newETag;
    }

    public async Task<IReadOnlyList<TranscriptEntry>> GetTranscriptAsync(string conversationId, int max, CancellationToken cancellationToken = default)
    {
        if (max <= 0) return [];
        var lines = await redis.Database.ListRangeAsync(redis.Keys.Transcript(conversationId), -max, -1).WaitAsync(cancellationToken);
        return lines.Select(line => RedisJson.Deserialize<TranscriptEntry>(line!)).ToList();
    }
}
