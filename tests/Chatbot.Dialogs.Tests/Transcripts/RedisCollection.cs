using Chatbot.Testing;

namespace Chatbot.Dialogs.Tests.Transcripts;

/// <summary>One redis-server for the transcript tests; each transcript keeps to its own key prefix.</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "redis";
}
