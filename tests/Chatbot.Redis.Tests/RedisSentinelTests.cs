using StackExchange.Redis;

namespace Chatbot.Redis.Tests;

/// <summary>The service configured with a Sentinel connection string ("host:26379,serviceName=mymaster").</summary>
public sealed class RedisSentinelTests(RedisSentinelFixture sentinel) : IClassFixture<RedisSentinelFixture>
{
    [Fact]
    public async Task Turn_commits_through_sentinel_on_the_master_it_names()
    {
        var prefix = Chatbot.Testing.RedisServerFixture.NewKeyPrefix();
        var phone = await ConfiguredTurn.RunAsync(sentinel.ConnectionString, prefix);

        await using var master = await ConnectionMultiplexer.ConnectAsync(sentinel.Master.ConnectionString);
        var keys = new RedisKeys(prefix, new RedisOptions().Partitions);
        Assert.True(await master.GetDatabase().KeyExistsAsync(keys.ConversationState(phone)));
    }
}
