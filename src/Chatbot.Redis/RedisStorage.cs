using Chatbot.Core.Ports;
using Chatbot.Redis.Json;
using StackExchange.Redis;

namespace Chatbot.Redis;

/// <summary>
/// Bot Builder's storage on Redis: each item is a hash (etag, json). A write checks the item's ETag in a script,
/// so a stale writer changes nothing; items come back as the CLR type that was written.
/// Several items in one call are written one after the other (as Bot Builder's storages do): the first stale item
/// throws, items before it are written, items after it are not. Each item lives in its own slot.
/// </summary>
public sealed class RedisStorage(RedisContext redis) : IStorage
{
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var db = redis.Database;
        // One pipelined read per key (not MGET): keys may live in different cluster slots.
        var reads = keys.Distinct().Select(key => (Key: key, Task: db.HashGetAsync(redis.Keys.Storage(key), ["etag", "json"]))).ToList();
        await Task.WhenAll(reads.Select(r => r.Task)).WaitAsync(cancellationToken);

        var items = new Dictionary<string, object>();
        foreach (var (key, task) in reads)
        {
            var fields = task.Result;
            if (fields[1].IsNull) continue;
            var item = TypedJson.Deserialize(fields[1]!);
            if (item is null) continue;
            if (item is IStoreItem storeItem) storeItem.ETag = fields[0];
            items[key] = item;
        }

        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, value) in changes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ArgumentNullException.ThrowIfNull(value, key);
            var storeItem = value as IStoreItem;
            var newETag = Guid.NewGuid().ToString("N");
            var written = (int)await redis.EvalAsync(
                RedisScripts.StorageWrite,
                [redis.Keys.Storage(key)],
                [storeItem?.ETag ?? string.Empty, newETag, TypedJson.Serialize(value)]);
            if (written == 0) throw new ETagMismatchException(key);
            if (storeItem is not null) storeItem.ETag = newETag;
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var db = redis.Database;
        await Task.WhenAll(keys.Select(key => db.KeyDeleteAsync(redis.Keys.Storage(key)))).WaitAsync(cancellationToken);
    }
}
