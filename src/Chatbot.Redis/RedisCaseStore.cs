using Chatbot.Core.Cases;
using Chatbot.Core.Ports;
using Chatbot.Redis.Json;
using StackExchange.Redis;

namespace Chatbot.Redis;

/// <summary>
/// Cases in their service's slot: a hash per case (json, open, queue, status), the open case per NIK, a queue per
/// (service, queue name). Beside them, in other slots: code → service (to find a case from its code) and the
/// requester's list in the conversation's slot. Cases do not expire here: keeping them is the office's records policy.
/// The scripts get every key they touch in KEYS (a Redis Cluster requirement): where the key depends on what is
/// stored (the NIK's open case, the queue a case is in now), the call names its best guess and the script, finding
/// the guess wrong, writes nothing and says what is right; the call then goes again (rarely more than once).
/// </summary>
public sealed class RedisCaseStore(RedisContext redis) : ICaseStore
{
    /// <summary>Guesses corrected before giving up; each correction means another writer changed the case meanwhile.</summary>
    private const int MaxAttempts = 10;

    private const string Retry = "retry";

    public async Task<CaseAdmission> OpenOrJoinAsync(ServiceCase draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        cancellationToken.ThrowIfCancellationRequested();
        var keys = redis.Keys;
        var service = draft.Service;
        var code = draft.Code.Value;
        var draftKey = keys.Case(service, code);
        var draftQueue = keys.CaseQueue(service, draft.Queue);
        var json = RedisJson.Serialize(draft);
        string? openCode = null;
        string? openQueue = null;
        for (var attempt = 1; ; attempt++)
        {
            var result = (RedisResult[])(await redis.EvalAsync(
                RedisScripts.CaseOpenOrJoin,
                [
                    keys.OpenCaseByNik(service, draft.SubjectNik),
                    draftKey,
                    draftQueue,
                    openCode is null ? draftKey : keys.Case(service, openCode),
                    openCode is null ? draftQueue : keys.CaseQueue(service, openQueue ?? draft.Queue),
                ],
                [
                    openCode ?? string.Empty,
                    openQueue ?? draft.Queue,
                    code,
                    json,
                    CaseQueueScore.Of(draft),
                    draft.Queue,
                    draft.Status.ToString(),
                    CaseQueueScore.Waits(draft.Status) ? "1" : "0",
                ]))!;

            if ((string?)result[0] == Retry)
            {
                // The NIK's open case is another than named (first: none), or it waits in another queue than guessed.
                EnsureAttemptsLeft(attempt, $"open or join a case of {service}");
                openCode = (string)result[1]!;
                openQueue = result.Length > 2 ? (string?)result[2] : null;
                continue;
            }

            var joined = (string?)result[0] == "joined";
            var standing = RedisJson.Deserialize<ServiceCase>((string)result[1]!);
            await IndexAsync(standing, draft.RequesterPhone);
            return new CaseAdmission(standing, joined, (long)result[2], (long)result[3]);
        }
    }

    /// <summary>
    /// Saves a changed case (status, priority, queue…): it leaves its queue once no longer new, and a closed case
    /// frees its NIK and service for a new one. False when the case does not exist.
    /// </summary>
    public async Task<bool> UpdateAsync(ServiceCase changed, CancellationToken cancellationToken = default) =>
        await UpdateCoreAsync(changed, null, cancellationToken) == CaseUpdateOutcome.Updated;

    /// <summary>
    /// The same, but only while the stored status is still <paramref name="expectedStatus"/>: the script compares and
    /// writes in one step, so of two writers that read the same status exactly one wins.
    /// </summary>
    public Task<CaseUpdateOutcome> UpdateAsync(ServiceCase changed, CaseStatus expectedStatus, CancellationToken cancellationToken = default) =>
        UpdateCoreAsync(changed, expectedStatus, cancellationToken);

    private async Task<CaseUpdateOutcome> UpdateCoreAsync(ServiceCase changed, CaseStatus? expectedStatus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        cancellationToken.ThrowIfCancellationRequested();
        var keys = redis.Keys;
        var service = changed.Service;
        var code = changed.Code.Value;
        var json = RedisJson.Serialize(changed);
        var currentQueue = changed.Queue; // most changes keep the queue
        for (var attempt = 1; ; attempt++)
        {
            var result = (RedisResult[])(await redis.EvalAsync(
                RedisScripts.CaseUpdate,
                [keys.Case(service, code), keys.OpenCaseByNik(service, changed.SubjectNik), keys.CaseQueue(service, changed.Queue), keys.CaseQueue(service, currentQueue)],
                [
                    currentQueue,
                    code,
                    json,
                    CaseLifecycle.IsOpen(changed.Status) ? "1" : "0",
                    changed.Queue,
                    CaseQueueScore.Waits(changed.Status) ? "1" : "0",
                    CaseQueueScore.Of(changed),
                    changed.Status.ToString(),
                    expectedStatus?.ToString() ?? string.Empty,
                ]))!;

            switch ((string?)result[0])
            {
                case "ok":
                    return CaseUpdateOutcome.Updated;
                case "missing":
                    return CaseUpdateOutcome.NotFound;
                case "conflict":
                    return CaseUpdateOutcome.StatusChanged;
                default:
                    EnsureAttemptsLeft(attempt, $"update case {code}");
                    currentQueue = (string)result[1]!;
                    break;
            }
        }
    }

    public async Task<ServiceCase?> GetAsync(CaseCode code, CancellationToken cancellationToken = default)
    {
        var service = await ServiceOfAsync(code).WaitAsync(cancellationToken);
        if (service is null) return null;
        var json = await redis.Database.HashGetAsync(redis.Keys.Case(service, code.Value), "json").WaitAsync(cancellationToken);
        return json.IsNull ? null : RedisJson.Deserialize<ServiceCase>(json!);
    }

    public async Task<IReadOnlyList<CaseSummary>> ListForRequesterAsync(string requesterPhone, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(requesterPhone);
        var codes = await redis.Database.SortedSetRangeByRankAsync(redis.Keys.RequesterCases(requesterPhone), order: Order.Descending).WaitAsync(cancellationToken);
        var summaries = new List<CaseSummary>(codes.Length);
        foreach (var value in codes)
        {
            if (!CaseCode.TryParse(value, out var code)) continue;
            var found = await GetAsync(code, cancellationToken);
            if (found is null) continue;
            var position = await PositionAsync(found.Service, code.Value, found.Queue).WaitAsync(cancellationToken);
            var updatedAt = found.History.Count > 0 ? found.History.Max(h => h.At) : found.CreatedAt;
            summaries.Add(new CaseSummary(found.Code, found.Service, found.Status, found.CreatedAt, updatedAt, found.MaskedNik, position)
            {
                Delivery = found.Fields.GetValueOrDefault(CaseFields.Delivery),
                TrackingNumber = found.TrackingNumber,
            });
        }

        return summaries;
    }

    public async Task<long?> QueuePositionAsync(CaseCode code, CancellationToken cancellationToken = default)
    {
        var service = await ServiceOfAsync(code).WaitAsync(cancellationToken);
        if (service is null) return null;

        // A case usually waits in the queue named after its service; the script corrects the guess otherwise.
        return await PositionAsync(service, code.Value, service).WaitAsync(cancellationToken);
    }

    private async Task<long?> PositionAsync(string service, string code, string queueGuess)
    {
        var keys = redis.Keys;
        var queue = queueGuess;
        for (var attempt = 1; ; attempt++)
        {
            var result = (RedisResult[])(await redis.EvalAsync(
                RedisScripts.CasePosition, [keys.Case(service, code), keys.CaseQueue(service, queue)], [queue, code]))!;
            if ((string?)result[0] != Retry)
            {
                var position = (long)result[1];
                return position == 0 ? null : position;
            }

            EnsureAttemptsLeft(attempt, $"find the queue position of case {code}");
            queue = (string)result[1]!;
        }
    }

    /// <summary>
    /// The indexes outside the service's slot: code → service, and the case in the requester's list (and in the list
    /// of a family member who joined it). Written after the case, idempotently (SET of the same value, ZADD NX), so a
    /// crash between the case and its indexes loses nothing: the turn that filed the case has not committed, so its
    /// inbound message is handled again, files again, joins this very case (same NIK and service) and writes the
    /// indexes then. The other order would leave indexes pointing at a case that may never exist (a crash, or a join
    /// that keeps another code). Until then the case waits in its queue and the console sees it; only a look-up by
    /// code or from the requester's list misses it.
    /// </summary>
    private async Task IndexAsync(ServiceCase standing, string requesterPhone)
    {
        var db = redis.Database;
        var code = standing.Code.Value;
        var score = standing.CreatedAt.ToUnixTimeMilliseconds();
        var batch = db.CreateBatch();
        var tasks = new List<Task>
        {
            batch.StringSetAsync(redis.Keys.CaseCodeIndex(code), standing.Service),
            batch.SortedSetAddAsync(redis.Keys.RequesterCases(standing.RequesterPhone), code, score, SortedSetWhen.NotExists),
        };
        if (requesterPhone != standing.RequesterPhone)
        {
            // Someone else asked for the same NIK and service (a family member): they may follow the case too.
            tasks.Add(batch.SortedSetAddAsync(redis.Keys.RequesterCases(requesterPhone), code, score, SortedSetWhen.NotExists));
        }

        batch.Execute();
        await Task.WhenAll(tasks);
    }

    private async Task<string?> ServiceOfAsync(CaseCode code)
    {
        if (code.Value is null) return null;
        return await redis.Database.StringGetAsync(redis.Keys.CaseCodeIndex(code.Value));
    }

    private static void EnsureAttemptsLeft(int attempt, string what)
    {
        if (attempt >= MaxAttempts)
        {
            throw new InvalidOperationException($"Could not {what}: the case changed under {MaxAttempts} attempts in a row.");
        }
    }
}
