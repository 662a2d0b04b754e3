using Chatbot.Core.Cases;
using Chatbot.Core.Ports;
using StackExchange.Redis;

namespace Chatbot.Redis.Operations;

/// <summary>
/// Every case, found through the code → service index that <see cref="RedisCaseStore"/> writes for each case: a SCAN of
/// those keys on every primary (a cluster spreads them over its masters), then the cases themselves. Fine for an
/// office's few thousand cases a month; a time-sorted index written with the case would make it one range read.
/// </summary>
public sealed class RedisCaseDirectory(RedisContext redis, ICaseStore cases) : ICaseDirectory
{
    private const int ScanPageSize = 500;
    private const int Parallelism = 16;

    public async Task<IReadOnlyList<ServiceCase>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var server in redis.Multiplexer.GetServers().Where(s => s.IsConnected && !s.IsReplica))
        {
            await foreach (var key in server.KeysAsync(pattern: redis.Keys.CaseCodeIndexPattern, pageSize: ScanPageSize).WithCancellation(cancellationToken))
            {
                if (redis.Keys.CodeOfCaseCodeIndex(key) is { } code) codes.Add(code);
            }
        }

        var found = new List<ServiceCase>(codes.Count);
        foreach (var chunk in codes.Chunk(Parallelism))
        {
            var loaded = await Task.WhenAll(chunk.Select(async text =>
                CaseCode.TryParse(text, out var code) ? await cases.GetAsync(code, cancellationToken) : null));
            found.AddRange(loaded.OfType<ServiceCase>().Where(c => c.CreatedAt >= from && c.CreatedAt < to));
        }

        return found.OrderBy(c => c.CreatedAt).ThenBy(c => c.Code.Value, StringComparer.Ordinal).ToList();
    }
}
