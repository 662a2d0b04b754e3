using Chatbot.Testing;

namespace Chatbot.Web.Tests;

/// <summary>One real redis-server for all web tests; they run one after another because one of them stops it.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "web";
}
