using Chatbot.Testing;

namespace Chatbot.Redis.Tests;

/// <summary>The service configured with the cluster's seed nodes as its connection string, nothing else.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class RedisClusterHostTests(RedisClusterFixture cluster)
{
    [Fact]
    public async Task Host_configured_with_the_seed_nodes_accepts_and_commits_a_turn() =>
        await ConfiguredTurn.RunAsync(cluster.ConnectionString, cluster.NewKeyPrefix());
}
