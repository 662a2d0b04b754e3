using Chatbot.Core.Ports;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests;

/// <summary>Runs on one redis-server and on a three-master cluster alike.</summary>
public abstract class RedisStorageContractTests(IRedisTopology redis) : StorageContractTests, IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : RedisStorageContractTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : RedisStorageContractTests(redis);

    private readonly RedisTestScope scope = RedisTestScope.Create(redis);

    protected override IStorage CreateStorage() => new RedisStorage(scope.Context);

    public void Dispose() => scope.Dispose();
}
