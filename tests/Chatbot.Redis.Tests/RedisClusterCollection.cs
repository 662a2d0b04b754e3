using Chatbot.Testing;

namespace Chatbot.Redis.Tests;

/// <summary>
/// One three-master Redis Cluster for all tests of this collection; each test keeps to its own key prefix. Runs in
/// parallel with the single-server collection, so the second topology costs little wall time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RedisClusterCollection : ICollectionFixture<RedisClusterFixture>
{
    public const string Name = "redis-cluster";
}
