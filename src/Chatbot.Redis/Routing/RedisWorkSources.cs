using Chatbot.Core.Cases;
using Chatbot.Core.Ports;
using Chatbot.Core.Routing;
using Chatbot.Redis.Json;

namespace Chatbot.Redis.Routing;

/// <summary>
/// Reads the waiting work where the rest of the product keeps it: a case queue of the case store (a sorted set in its
/// service's slot, then each case's hash) and the handoff queue. Read only, one key per command, so it works alike on
/// a cluster; a case that changed between the two reads is skipped or seen again by the next pass.
/// </summary>
public sealed class RedisWorkSources(RedisContext redis) : IWorkSources
{
    public async Task<IReadOnlyList<ServiceCase>> WaitingCasesAsync(string service, string queue, int max, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentException.ThrowIfNullOrEmpty(queue);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var db = redis.Database;
        var codes = await db.SortedSetRangeByRankAsync(redis.Keys.CaseQueue(service, queue), 0, max - 1).WaitAsync(cancellationToken);
        if (codes.Length == 0) return [];
        var batch = db.CreateBatch();
        var reads = codes.Select(code => batch.HashGetAsync(redis.Keys.Case(service, (string)code!), "json")).ToList();
        batch.Execute();
        await Task.WhenAll(reads).WaitAsync(cancellationToken);
        return reads
            .Where(r => !r.Result.IsNull)
            .Select(r => RedisJson.Deserialize<ServiceCase>(r.Result!))
            .Where(c => c.Status == CaseStatus.Baru)
            .ToList();
    }

    public async Task<IReadOnlyList<WaitingConversation>> WaitingConversationsAsync(int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var entries = await redis.Database.SortedSetRangeByRankWithScoresAsync(redis.Keys.HandoffQueue, 0, max - 1).WaitAsync(cancellationToken);
        return entries.Select(e => new WaitingConversation((string)e.Element!, DateTimeOffset.FromUnixTimeMilliseconds((long)e.Score))).ToList();
    }
}
