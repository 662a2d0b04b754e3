using Chatbot.Core.Activation;
using Chatbot.Core.Ports;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Chatbot.Redis.Activation;

/// <summary>
/// Sessions in the {ikd} slot (see <see cref="RedisKeys.IkdSessions"/>): a hash of records and an index by start time.
/// Saving and cancelling are scripts, so that a change never lowers the capacity under the seats taken meanwhile and a
/// cancellation frees every booking and group booking at once.
/// </summary>
public sealed class RedisActivationSessions(RedisContext redis, IOptions<ActivationStoreOptions> options) : IActivationSessions
{
    private readonly IkdStore store = new(redis, options.Value);

    public async Task CreateAsync(ActivationSession session, CancellationToken cancellationToken = default)
    {
        var (outcome, _) = await SaveAsync("create", session, cancellationToken);
        if (outcome == "Exists") throw new InvalidOperationException($"Session {session.Id} exists already.");
    }

    public async Task<ActivationSession?> GetAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        return SessionRecord.Read(await store.ReadSessionAsync(sessionId, cancellationToken));
    }

    public async Task<IReadOnlyList<ActivationSession>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var db = store.Database;
        var ids = await db.SortedSetRangeByScoreAsync(
            store.Keys.IkdSessionsByStart, IkdTime.Ms(from), IkdTime.Ms(to), Exclude.Stop).WaitAsync(cancellationToken);
        if (ids.Length == 0) return [];
        var records = await db.HashGetAsync(store.Keys.IkdSessions, ids).WaitAsync(cancellationToken);
        return records.Where(r => !r.IsNull).Select(r => SessionRecord.Read(r.ToString())!).ToList();
    }

    public async Task<(SessionChangeOutcome Outcome, ActivationSession? Session)> UpdateAsync(ActivationSession changed, CancellationToken cancellationToken = default)
    {
        var (outcome, session) = await SaveAsync("update", changed, cancellationToken);
        return (Enum.Parse<SessionChangeOutcome>(outcome), session);
    }

    public async Task<(SessionChangeOutcome Outcome, IReadOnlyList<ActivationBooking> CancelledBookings)> CancelAsync(
        string sessionId, string by, string note, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentException.ThrowIfNullOrEmpty(by);
        var result = await store.RunAsync(
            IkdScripts.SessionCancel,
            [store.Keys.IkdSessionBookings(sessionId), store.Keys.IkdSessionGroups(sessionId)],
            [sessionId, by, note ?? string.Empty, IkdTime.Ms(now)],
            cancellationToken);
        var cancelled = result.Skip(2).Select(r => BookingRecord.Read((string?)r)!).ToList();
        return (Enum.Parse<SessionChangeOutcome>((string)result[0]!), cancelled);
    }

    private async Task<(string Outcome, ActivationSession? Session)> SaveAsync(string mode, ActivationSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentException.ThrowIfNullOrEmpty(session.Id);
        if (session.Officers.Count == 0 || session.PeoplePerOfficer < 1) throw new ArgumentException("A session needs officers and people per officer.", nameof(session));
        if (session.EndsAt <= session.StartsAt) throw new ArgumentException("A session ends after it starts.", nameof(session));
        var result = await store.RunAsync(
            IkdScripts.SessionSave, [store.Keys.IkdSessionsByStart], [mode, SessionRecord.Json(session)], cancellationToken);
        return ((string)result[0]!, SessionRecord.Read((string?)result[1]));
    }
}
