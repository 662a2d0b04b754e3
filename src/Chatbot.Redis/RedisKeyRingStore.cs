using Chatbot.Core.Ports;

namespace Chatbot.Redis;

/// <summary>The key ring as one Redis list; Data Protection calls it synchronously and rarely (start, key rotation).</summary>
public sealed class RedisKeyRingStore(RedisContext redis) : IKeyRingStore
{
    public IReadOnlyList<string> GetAll() =>
        redis.Database.ListRange(redis.Keys.DataProtectionKeys).Select(v => v.ToString()).ToList();

    public void Add(string element) => redis.Database.ListRightPush(redis.Keys.DataProtectionKeys, element);
}
