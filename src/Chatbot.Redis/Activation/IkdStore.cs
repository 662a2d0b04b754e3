using StackExchange.Redis;

namespace Chatbot.Redis.Activation;

/// <summary>
/// Runs the ikd scripts with the eight KEYS they share (ikd-lib.lua) and reads records through ikd-read.lua, which
/// drops what has expired. Where a key depends on stored data (the session a booking is at now, the day its outcome
/// was counted for) the caller names its guess, and the script, finding it wrong, writes nothing and answers
/// {'retry', right value}; the caller goes again with it.
/// </summary>
internal sealed class IkdStore(RedisContext redis, ActivationStoreOptions options)
{
    /// <summary>Guesses corrected before giving up; each correction means another writer moved the booking meanwhile.</summary>
    private const int MaxAttempts = 10;

    public const string Retry = "retry";

    public RedisKeys Keys => redis.Keys;

    public IDatabase Database => redis.Database;

    public long RetentionMs => options.RetentionMilliseconds;

    public async Task<RedisResult[]> RunAsync(string script, RedisKey[] extraKeys, RedisValue[] values, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var keys = Keys;
        RedisKey[] shared =
        [
            keys.IkdSessions, keys.IkdBookings, keys.IkdGroups, keys.IkdActiveNiks,
            keys.IkdReminders, keys.IkdReminderDue, keys.IkdExpiry, keys.IkdSequence,
        ];
        var result = await redis.EvalAsync(script, [.. shared, .. extraKeys], values).WaitAsync(cancellationToken);
        return result.Resp2Type == ResultType.Array ? (RedisResult[])result! : [result];
    }

    /// <summary>Runs <paramref name="attempt"/> with the guess, correcting it from each 'retry' answer.</summary>
    public async Task<RedisResult[]> RunGuessingAsync(string firstGuess, Func<string, Task<RedisResult[]>> attempt, string what)
    {
        var guess = firstGuess;
        for (var count = 1; ; count++)
        {
            var result = await attempt(guess);
            if ((string?)result[0] != Retry) return result;
            if (count >= MaxAttempts) throw new InvalidOperationException($"Could not {what}: the record kept changing ({count} attempts).");
            guess = (string?)result[1] ?? string.Empty;
        }
    }

    public Task<IReadOnlyList<string>> ReadBookingsAsync(RedisKey index, bool newestFirst, CancellationToken cancellationToken) =>
        ReadAsync([index], ["b", "index", newestFirst ? "1" : "0"], cancellationToken);

    public Task<IReadOnlyList<string>> ReadGroupsAsync(RedisKey index, CancellationToken cancellationToken) =>
        ReadAsync([index], ["g", "index", "1"], cancellationToken);

    public async Task<string?> ReadBookingAsync(string code, CancellationToken cancellationToken) =>
        (await ReadAsync([Keys.IkdBookings], ["b", "codes", code], cancellationToken)).SingleOrDefault();

    public async Task<string?> ReadGroupAsync(string code, CancellationToken cancellationToken) =>
        (await ReadAsync([Keys.IkdBookings], ["g", "codes", code], cancellationToken)).SingleOrDefault();

    public async Task<string?> ReadSessionAsync(string sessionId, CancellationToken cancellationToken)
    {
        var json = await Database.HashGetAsync(Keys.IkdSessions, sessionId).WaitAsync(cancellationToken);
        return json.IsNull ? null : json.ToString();
    }

    private async Task<IReadOnlyList<string>> ReadAsync(RedisKey[] index, RedisValue[] values, CancellationToken cancellationToken)
    {
        var result = await RunAsync(IkdScripts.Read, index, values, cancellationToken);
        return result.Where(r => !r.IsNull).Select(r => (string)r!).ToList();
    }
}
