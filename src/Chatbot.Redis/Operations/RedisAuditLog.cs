using System.Globalization;
using Chatbot.Core.Ports;
using StackExchange.Redis;

namespace Chatbot.Redis.Operations;

/// <summary>
/// The audit log as one Redis stream (<see cref="RedisKeys.AuditLog"/>): XADD only, never trimmed or edited, so the
/// entries stay in the order they were recorded. Redis gives each entry a time-based id; reading a time range is an
/// XRANGE over those ids (the server's clock), and the entry keeps the instance's own time too.
/// </summary>
public sealed class RedisAuditLog(RedisContext redis) : IAuditLog
{
    private const string AtField = "at";
    private const string ActorField = "actor";
    private const string ActionField = "action";
    private const string CaseField = "case";
    private const string ConversationField = "conversation";
    private const string DetailField = "detail";

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(entry.Actor);
        ArgumentException.ThrowIfNullOrEmpty(entry.Action);
        cancellationToken.ThrowIfCancellationRequested();
        var fields = new List<NameValueEntry>
        {
            new(AtField, entry.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)),
            new(ActorField, entry.Actor),
            new(ActionField, entry.Action),
        };
        if (entry.CaseCode is { Length: > 0 } code) fields.Add(new(CaseField, code));
        if (entry.Conversation is { Length: > 0 } conversation) fields.Add(new(ConversationField, conversation));
        if (entry.Detail is { Length: > 0 } detail) fields.Add(new(DetailField, detail));
        await redis.Database.StreamAddAsync(redis.Keys.AuditLog, fields.ToArray()).WaitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(DateTimeOffset from, DateTimeOffset to, int max, CancellationToken cancellationToken = default)
    {
        if (max <= 0 || to < from) return [];
        var min = from.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + "-0";
        // An id of milliseconds alone ends a range after every entry of that millisecond.
        var end = to.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var entries = await redis.Database.StreamRangeAsync(redis.Keys.AuditLog, min, end, max, Order.Ascending).WaitAsync(cancellationToken);
        return entries.Select(ToEntry).ToList();
    }

    private static AuditEntry ToEntry(StreamEntry entry)
    {
        string? Field(string name)
        {
            var value = entry[name];
            return value.IsNull ? null : (string?)value;
        }

        var at = DateTimeOffset.TryParse(Field(AtField), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : IdTime(entry.Id);
        return new AuditEntry(at, Field(ActorField) ?? string.Empty, Field(ActionField) ?? string.Empty)
        {
            Id = entry.Id,
            CaseCode = Field(CaseField),
            Conversation = Field(ConversationField),
            Detail = Field(DetailField),
        };
    }

    private static DateTimeOffset IdTime(RedisValue id)
    {
        var text = (string?)id ?? string.Empty;
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        return long.TryParse(dash < 0 ? text : text[..dash], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : DateTimeOffset.UnixEpoch;
    }
}
