using Chatbot.Testing;

namespace Chatbot.Redis.Tests;

/// <summary>The live worker instances, on one redis-server and on a three-master cluster.</summary>
public abstract class RedisInstanceRegistryTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : RedisInstanceRegistryTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : RedisInstanceRegistryTests(redis);

    private readonly RedisTestScope scope = RedisTestScope.Create(redis);

    public void Dispose() => scope.Dispose();

    private RedisInstanceRegistry Registry => new(scope.Context);

    [Fact]
    public async Task Every_instance_sees_every_live_instance_and_one_that_leaves_is_gone_at_once()
    {
        Assert.Equal(["b"], await Registry.HeartbeatAsync("b", TimeSpan.FromSeconds(30)));
        Assert.Equal(["a", "b"], await Registry.HeartbeatAsync("a", TimeSpan.FromSeconds(30)));
        Assert.Equal(["a", "b"], await Registry.HeartbeatAsync("b", TimeSpan.FromSeconds(30)));

        await Registry.LeaveAsync("b");

        Assert.Equal(["a"], await Registry.HeartbeatAsync("a", TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task An_instance_that_stops_heartbeating_drops_out_after_its_ttl()
    {
        await Registry.HeartbeatAsync("dead", TimeSpan.FromMilliseconds(150));
        Assert.Equal(["alive", "dead"], await Registry.HeartbeatAsync("alive", TimeSpan.FromSeconds(30)));

        await Task.Delay(400);

        Assert.Equal(["alive"], await Registry.HeartbeatAsync("alive", TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task The_registry_vanishes_when_every_instance_is_gone()
    {
        await Registry.HeartbeatAsync("only", TimeSpan.FromMilliseconds(150));

        await Task.Delay(400);

        Assert.False(await scope.Db.KeyExistsAsync(scope.Keys.LiveInstances));
    }
}
