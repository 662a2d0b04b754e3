using Chatbot.Testing;

namespace Chatbot.Redis.Tests;

/// <summary>Runs on one redis-server and on a three-master cluster alike.</summary>
public abstract class RedisPartitionLeasesTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : RedisPartitionLeasesTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : RedisPartitionLeasesTests(redis);

    private readonly RedisTestScope scope = RedisTestScope.Create(redis);

    public void Dispose() => scope.Dispose();

    private RedisPartitionLeases Leases => new(scope.Context);

    [Fact]
    public async Task Lease_is_exclusive_and_renewable_by_its_owner()
    {
        Assert.True(await Leases.TryHoldAsync("inbox", 3, "a", TimeSpan.FromSeconds(30)));
        Assert.False(await Leases.TryHoldAsync("inbox", 3, "b", TimeSpan.FromSeconds(30)));
        Assert.True(await Leases.TryHoldAsync("inbox", 3, "a", TimeSpan.FromSeconds(30)));
        Assert.True(await Leases.TryHoldAsync("inbox", 4, "b", TimeSpan.FromSeconds(30)));
        Assert.True(await Leases.TryHoldAsync("outbox", 3, "b", TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Expired_lease_can_be_taken_by_another()
    {
        Assert.True(await Leases.TryHoldAsync("inbox", 1, "a", TimeSpan.FromMilliseconds(100)));

        await Task.Delay(250);

        Assert.True(await Leases.TryHoldAsync("inbox", 1, "b", TimeSpan.FromSeconds(30)));
        Assert.False(await Leases.TryHoldAsync("inbox", 1, "a", TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Renewal_extends_the_lease()
    {
        Assert.True(await Leases.TryHoldAsync("inbox", 2, "a", TimeSpan.FromMilliseconds(300)));
        Assert.True(await Leases.TryHoldAsync("inbox", 2, "a", TimeSpan.FromSeconds(30)));

        await Task.Delay(400);

        Assert.False(await Leases.TryHoldAsync("inbox", 2, "b", TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Only_the_owner_releases()
    {
        await Leases.TryHoldAsync("inbox", 5, "a", TimeSpan.FromSeconds(30));

        await Leases.ReleaseAsync("inbox", 5, "b");
        Assert.False(await Leases.TryHoldAsync("inbox", 5, "b", TimeSpan.FromSeconds(30)));

        await Leases.ReleaseAsync("inbox", 5, "a");
        Assert.True(await Leases.TryHoldAsync("inbox", 5, "b", TimeSpan.FromSeconds(30)));
    }
}
