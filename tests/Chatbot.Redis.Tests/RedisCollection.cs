using Chatbot.Testing;

namespace Chatbot.Redis.Tests;

/// <summary>One redis-server for all tests of this collection; each test keeps to its own key prefix.</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "redis";
}
