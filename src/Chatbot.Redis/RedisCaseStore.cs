using Chatbot.Core.Cases;
using Chatbot.Core.Ports;
using Chatbot.Redis.Json;
using StackExchange.Redis;

namespace Chatbot.Redis;

/// <summary>
/// Cases in their service's slot: a hash per case (json, open, queue, status), the open case per NIK, a queue per
/// (service, queue name). Beside them: code → service (to find a case from its code) and the requester's list in the
/// conversation's slot. Cases do not expire here: keeping them is the office's records policy.
/// </summary>
public sealed class RedisCaseStore(RedisContext redis) : ICaseStore
{
    public async Task<CaseAdmission> OpenOrJoinAsync(ServiceCase draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        cancellationToken.ThrowIfCancellationRequested();
        var keys = redis.Keys;
        var code = draft.Code.Value;
        var result = (RedisResult[])(await redis.EvalAsync(
            RedisScripts.CaseOpenOrJoin,
            [keys.OpenCaseByNik(draft.Service, draft.SubjectNik), keys.Case(draft.Service, code), keys.CaseQueue(draft.Service, draft.Queue)],
            [
                keys.CasePrefix(draft.Service),
                keys.CaseQueuePrefix(draft.Service),
                code,
                RedisJson.Serialize(draft),
                CaseQueueScore.Of(draft),
                draft.Queue,
                draft.Status.ToString(),
                CaseQueueScore.Waits(draft.Status) ? "1" : "0",
            ]))!;

        var joined = (int)result[0] == 1;
        var standing = RedisJson.Deserialize<ServiceCase>((string)result[1]!);
        await IndexAsync(standing, draft.RequesterPhone);
        return new CaseAdmission(standing, joined, (long)result[2], (long)result[3]);
    }

    /// <summary>
    /// Saves a changed case (status, priority, queue…): it leaves its queue once no longer new, and a closed case
    /// frees its NIK and service for a new one. False when the case does not exist.
    /// </summary>
    public async Task<bool> UpdateAsync(ServiceCase changed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changed);
        cancellationToken.ThrowIfCancellationRequested();
        var keys = redis.Keys;
        var code = changed.Code.Value;
        var updated = (int)await redis.EvalAsync(
            RedisScripts.CaseUpdate,
            [keys.Case(changed.Service, code), keys.OpenCaseByNik(changed.Service, changed.SubjectNik), keys.CaseQueue(changed.Service, changed.Queue)],
            [
                keys.CaseQueuePrefix(changed.Service),
                code,
                RedisJson.Serialize(changed),
                CaseLifecycle.IsOpen(changed.Status) ? "1" : "0",
                changed.Queue,
                CaseQueueScore.Waits(changed.Status) ? "1" : "0",
                CaseQueueScore.Of(changed),
                changed.Status.ToString(),
            ]);
        return updated == 1;
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
            var position = await QueuePositionAsync(code, cancellationToken);
            var updatedAt = found.History.Count > 0 ? found.History.Max(h => h.At) : found.CreatedAt;
            summaries.Add(new CaseSummary(found.Code, found.Service, found.Status, found.CreatedAt, updatedAt, found.MaskedNik, position));
        }

        return summaries;
    }

    public async Task<long?> QueuePositionAsync(CaseCode code, CancellationToken cancellationToken = default)
    {
        var service = await ServiceOfAsync(code).WaitAsync(cancellationToken);
        if (service is null) return null;
        var keys = redis.Keys;
        var position = await redis.EvalAsync(RedisScripts.CasePosition, [keys.Case(service, code.Value)], [keys.CaseQueuePrefix(service), code.Value]);
        return position.IsNull ? null : (long)position;
    }

    // Outside the service's slot, so a second round trip: the requester's list and the code → service lookup.
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
}
