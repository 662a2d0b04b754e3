using System.Globalization;
using Chatbot.Core.Ports;
using Chatbot.Core.Routing;
using StackExchange.Redis;

namespace Chatbot.Redis.Routing;

/// <summary>
/// Routing in Redis: the office's items, offers, assignments and operators in one slot (the <c>{routing}</c> hash tag,
/// see <see cref="RedisKeys.RoutingItems"/>), every change one step of Scripts/routing.lua that checks what it relies
/// on (the operator is Tersedia, has the skill and room; the item is not offered or held) and writes the item, the
/// operator's load and the routing event together. So of two operators accepting, claiming or pulling the same item at
/// once, exactly one wins, and an offer never survives its operator going away.
/// </summary>
public sealed class RedisRouting(RedisContext redis) : IOfferStore, IOperatorRoster
{
    /// <summary>Items per sync call: keeps one script run short (ARGV of 9 values per item).</summary>
    private const int SyncBatch = 200;

    private RedisKey[] Keys =>
    [
        redis.Keys.RoutingItems, redis.Keys.RoutingOperators, redis.Keys.RoutingWaiting, redis.Keys.RoutingOffers,
        redis.Keys.RoutingCooldowns, redis.Keys.RoutingEvents, redis.Keys.RoutingTallies,
    ];

    // ---- IOperatorRoster ----

    public async Task<OperatorStatus?> GetAsync(string userName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        var json = await redis.Database.HashGetAsync(redis.Keys.RoutingOperators, userName).WaitAsync(cancellationToken);
        return json.IsNull ? null : RoutingJson.Deserialize<OperatorRecord>(json!).ToStatus();
    }

    public async Task<IReadOnlyList<OperatorStatus>> ListAsync(CancellationToken cancellationToken = default)
    {
        var entries = await redis.Database.HashGetAllAsync(redis.Keys.RoutingOperators).WaitAsync(cancellationToken);
        return entries.Select(e => RoutingJson.Deserialize<OperatorRecord>(e.Value!).ToStatus()).OrderBy(o => o.UserName, StringComparer.Ordinal).ToList();
    }

    public async Task<PresenceChange> SetPresenceAsync(
        string userName, Presence presence, OperatorProfile profile, bool isSupervisor, string? displayName, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentNullException.ThrowIfNull(profile);
        var result = await RunAsync(cancellationToken,
            "presence", userName, presence.ToString(), RoutingTime.Ms(now), profile.Capacity, OperatorRecord.JoinSkills(profile.Skills),
            isSupervisor ? 1 : 0, displayName ?? string.Empty);
        var withdrawn = (string?)result[0];
        var status = RoutingJson.Deserialize<OperatorRecord>((string)result[1]!).ToStatus();
        return new PresenceChange(status, WorkItemRef.TryParse(withdrawn, out var item) ? item : null);
    }

    public async Task SetProfileAsync(string userName, OperatorProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentNullException.ThrowIfNull(profile);
        await EvalAsync(cancellationToken, "profile", userName, profile.Capacity, OperatorRecord.JoinSkills(profile.Skills));
    }

    // ---- IOfferStore ----

    public async Task<IReadOnlyList<WorkItemRef>> SyncWaitingAsync(IReadOnlyList<WorkItem> found, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(found);
        var added = new List<WorkItemRef>();
        foreach (var chunk in found.Chunk(SyncBatch))
        {
            var args = new List<RedisValue> { "sync", RoutingTime.Ms(now) };
            foreach (var item in chunk)
            {
                args.AddRange(
                [
                    item.Ref.Key, ItemRecord.KindOf(item.Ref.Kind), item.Ref.Id, item.Queue, item.Service, item.Area ?? string.Empty,
                    item.Priority, RoutingTime.Score(item.Priority, item.WaitingSince), RoutingTime.Ms(item.WaitingSince),
                ]);
            }

            var result = (RedisResult[])(await redis.EvalAsync(RoutingScripts.Routing, Keys, [.. args]).WaitAsync(cancellationToken))!;
            added.AddRange(Refs(result));
        }

        return added;
    }

    public async Task<IReadOnlyList<WorkItemRef>> ForgetAsync(IReadOnlyList<WorkItemRef> gone, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gone);
        var dropped = new List<WorkItemRef>();
        foreach (var chunk in gone.Chunk(SyncBatch))
        {
            var args = new List<RedisValue> { "forget", RoutingTime.Ms(now) };
            args.AddRange(chunk.Select(g => (RedisValue)g.Key));
            var result = (RedisResult[])(await redis.EvalAsync(RoutingScripts.Routing, Keys, [.. args]).WaitAsync(cancellationToken))!;
            dropped.AddRange(Refs(result));
        }

        return dropped;
    }

    public async Task<RoutingSnapshot> SnapshotAsync(CancellationToken cancellationToken = default)
    {
        var batch = redis.Database.CreateBatch();
        var items = batch.HashGetAllAsync(redis.Keys.RoutingItems);
        var operators = batch.HashGetAllAsync(redis.Keys.RoutingOperators);
        var cooldowns = batch.SortedSetRangeByRankWithScoresAsync(redis.Keys.RoutingCooldowns);
        batch.Execute();
        await Task.WhenAll(items, operators, cooldowns).WaitAsync(cancellationToken);

        var cooling = new Dictionary<(string, string), DateTimeOffset>();
        foreach (var entry in cooldowns.Result)
        {
            var member = (string)entry.Element!;
            var bar = member.LastIndexOf('|');
            if (bar > 0) cooling[(member[..bar], member[(bar + 1)..])] = RoutingTime.FromMs((long)entry.Score);
        }

        return new RoutingSnapshot(
            items.Result.Select(e => RoutingJson.Deserialize<ItemRecord>(e.Value!).ToWorkItem()).ToList(),
            operators.Result.Select(e => RoutingJson.Deserialize<OperatorRecord>(e.Value!).ToStatus()).ToList(),
            cooling);
    }

    public async Task<WorkItem?> GetAsync(WorkItemRef item, CancellationToken cancellationToken = default)
    {
        var json = await redis.Database.HashGetAsync(redis.Keys.RoutingItems, item.Key).WaitAsync(cancellationToken);
        return json.IsNull ? null : RoutingJson.Deserialize<ItemRecord>(json!).ToWorkItem();
    }

    public async Task<OfferOutcome> OfferAsync(WorkItemRef item, string userName, DateTimeOffset now, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        var offerId = Guid.NewGuid().ToString("N");
        var deadline = now + timeout;
        var result = await RunAsync(cancellationToken, "offer", item.Key, userName, offerId, RoutingTime.Ms(now), RoutingTime.Ms(deadline));
        var status = (string?)result[0] switch
        {
            "offered" => OfferStatus.Offered,
            "missing" => OfferStatus.Missing,
            "taken" => OfferStatus.Taken,
            "no-operator" => OfferStatus.NoOperator,
            "unavailable" => OfferStatus.Unavailable,
            "busy" => OfferStatus.Busy,
            "full" => OfferStatus.Full,
            "no-skill" => OfferStatus.NoSkill,
            _ => OfferStatus.CoolingDown,
        };
        return status == OfferStatus.Offered
            ? new OfferOutcome(status, new RoutingOffer(offerId, item, (string)result[1]!, userName, RoutingTime.FromMs(RoutingTime.Ms(deadline))))
            : new OfferOutcome(status);
    }

    public async Task<RoutingOffer?> OfferOfAsync(string userName, CancellationToken cancellationToken = default)
    {
        var status = await GetAsync(userName, cancellationToken);
        if (status?.PendingOfferItem is not { } itemRef || status.PendingOfferId is null) return null;
        var item = await GetAsync(itemRef, cancellationToken);
        return item is { State: WorkItemState.Offered, OfferDeadline: { } deadline } && item.Operator == userName && item.OfferId == status.PendingOfferId
            ? new RoutingOffer(item.OfferId, item.Ref, item.Queue, userName, deadline)
            : null;
    }

    public async Task<ClaimOutcome> AcceptAsync(string userName, string offerId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentException.ThrowIfNullOrEmpty(offerId);
        return ToClaim(await RunAsync(cancellationToken, "accept", userName, offerId, RoutingTime.Ms(now)));
    }

    public async Task<bool> DeclineAsync(string userName, string offerId, DateTimeOffset now, TimeSpan retryAfter, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentException.ThrowIfNullOrEmpty(offerId);
        var result = await EvalAsync(cancellationToken, "decline", userName, offerId, RoutingTime.Ms(now), RoutingTime.Ms(now + retryAfter));
        return (int)result == 1;
    }

    public async Task<IReadOnlyList<RoutingOffer>> ExpireAsync(DateTimeOffset now, TimeSpan retryAfter, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(cancellationToken, "expire", RoutingTime.Ms(now), RoutingTime.Ms(now + retryAfter));
        var expired = new List<RoutingOffer>();
        for (var i = 0; i + 4 < result.Length; i += 5)
        {
            if (!WorkItemRef.TryParse((string?)result[i], out var item)) continue;
            var deadline = long.TryParse((string?)result[i + 4], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) ? RoutingTime.FromMs(ms) : now;
            expired.Add(new RoutingOffer((string?)result[i + 3] ?? string.Empty, item, (string?)result[i + 2] ?? string.Empty, (string?)result[i + 1] ?? string.Empty, deadline));
        }

        return expired;
    }

    public async Task<ClaimOutcome> ClaimAsync(string userName, WorkItemRef? item, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        return ToClaim(await RunAsync(cancellationToken, "claim", userName, RoutingTime.Ms(now), item?.Key ?? string.Empty));
    }

    public async Task<bool> UnassignAsync(string userName, WorkItemRef item, DateTimeOffset now, TimeSpan retryAfter, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        return (int)await EvalAsync(cancellationToken, "unassign", userName, item.Key, RoutingTime.Ms(now), RoutingTime.Ms(now + retryAfter)) == 1;
    }

    public async Task<ReleaseOutcome> ReleaseAsync(string? userName, WorkItemRef item, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ToRelease(await RunAsync(cancellationToken, "release", userName ?? string.Empty, item.Key, RoutingTime.Ms(now)));

    public async Task<ReleaseOutcome> RequeueAsync(string? userName, WorkItem item, string queue, int priority, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentException.ThrowIfNullOrEmpty(queue);
        var record = ItemRecord.From(item with { Queue = queue, Priority = priority });
        return ToRelease(await RunAsync(cancellationToken,
            "requeue", userName ?? string.Empty, item.Ref.Key, RoutingTime.Ms(now), queue, priority, record.Score, RoutingJson.Serialize(record)));
    }

    public async Task<EscalationOutcome> EscalateAsync(WorkItemRef item, string queue, int priority, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(queue);
        var stored = await GetAsync(item, cancellationToken);
        if (stored is null) return new EscalationOutcome(false, null);
        var result = await RunAsync(cancellationToken,
            "escalate", item.Key, RoutingTime.Ms(now), queue, priority, RoutingTime.Score(priority, stored.WaitingSince));
        return ToEscalation(result);
    }

    public async Task<EscalationOutcome> RecordResolutionBreachAsync(WorkItemRef item, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ToEscalation(await RunAsync(cancellationToken, "resolution", item.Key, RoutingTime.Ms(now)));

    public async Task<bool> MarkRespondedAsync(WorkItemRef item, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        (int)await EvalAsync(cancellationToken, "mark", item.Key, "responded", RoutingTime.Ms(now), 0) == 1;

    public async Task<bool> PauseAsync(WorkItemRef item, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        (int)await EvalAsync(cancellationToken, "mark", item.Key, "pause", RoutingTime.Ms(now), 0) == 1;

    public async Task<bool> ResumeAsync(WorkItemRef item, DateTimeOffset pausedSince, TimeSpan pausedWorkingTime, CancellationToken cancellationToken = default) =>
        (int)await EvalAsync(cancellationToken, "mark", item.Key, "resume", RoutingTime.Ms(pausedSince), (long)pausedWorkingTime.TotalMilliseconds) == 1;

    private static ClaimOutcome ToClaim(RedisResult[] result)
    {
        var status = (string?)result[0] switch
        {
            "claimed" => ClaimStatus.Claimed,
            "taken" => ClaimStatus.Taken,
            "expired" => ClaimStatus.Expired,
            "no-operator" => ClaimStatus.NoOperator,
            "unavailable" => ClaimStatus.Unavailable,
            "full" => ClaimStatus.Full,
            "no-skill" => ClaimStatus.NoSkill,
            "empty" => ClaimStatus.Empty,
            _ => ClaimStatus.Missing,
        };
        WorkItemRef? item = result.Length > 1 && WorkItemRef.TryParse((string?)result[1], out var parsed) ? parsed : null;
        var holder = result.Length > 2 ? (string?)result[2] : null;
        return new ClaimOutcome(status, item, holder);
    }

    private static ReleaseOutcome ToRelease(RedisResult[] result)
    {
        var status = (string?)result[0] switch
        {
            "released" => ReleaseStatus.Released,
            "not-yours" => ReleaseStatus.NotYours,
            _ => ReleaseStatus.Missing,
        };
        var holder = result.Length > 1 ? (string?)result[1] : null;
        return new ReleaseOutcome(status, string.IsNullOrEmpty(holder) ? null : holder);
    }

    private static EscalationOutcome ToEscalation(RedisResult[] result)
    {
        var holder = result.Length > 1 ? (string?)result[1] : null;
        return new EscalationOutcome((string?)result[0] == "escalated", string.IsNullOrEmpty(holder) ? null : holder);
    }

    private static IEnumerable<WorkItemRef> Refs(RedisResult[] result)
    {
        foreach (var value in result)
        {
            if (WorkItemRef.TryParse((string?)value, out var item)) yield return item;
        }
    }

    private async Task<RedisResult[]> RunAsync(CancellationToken cancellationToken, params RedisValue[] args) =>
        (RedisResult[])(await EvalAsync(cancellationToken, args))!;

    private Task<RedisResult> EvalAsync(CancellationToken cancellationToken, params RedisValue[] args)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return redis.EvalAsync(RoutingScripts.Routing, Keys, args).WaitAsync(cancellationToken);
    }
}
