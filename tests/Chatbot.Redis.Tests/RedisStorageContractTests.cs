using Chatbot.Core.Ports;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests;

[Collection(RedisCollection.Name)]
public sealed class RedisStorageContractTests(RedisServerFixture server) : StorageContractTests, IDisposable
{
    private readonly RedisTestScope scope = RedisTestScope.Create(server);

    protected override IStorage CreateStorage() => new RedisStorage(scope.Context);

    public void Dispose() => scope.Dispose();
}
