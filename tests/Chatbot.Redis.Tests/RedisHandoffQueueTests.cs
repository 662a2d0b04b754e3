using Chatbot.Testing;

namespace Chatbot.Redis.Tests;

/// <summary>Runs on one redis-server and on a three-master cluster alike.</summary>
public abstract class RedisHandoffQueueTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : RedisHandoffQueueTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : RedisHandoffQueueTests(redis);

    private readonly RedisTestScope scope = RedisTestScope.Create(redis);

    public void Dispose() => scope.Dispose();

    private RedisHandoffQueue Queue => new(scope.Context);

    [Fact]
    public async Task Oldest_first_and_a_repeat_keeps_its_place()
    {
        Assert.Equal(1, await Queue.EnqueueAsync("+62811111111", TestData.Now.AddMinutes(1)));
        Assert.Equal(1, await Queue.EnqueueAsync("+62822222222", TestData.Now));
        Assert.Equal(2, await Queue.EnqueueAsync("+62811111111", TestData.Now.AddMinutes(5)));

        Assert.Equal(2, await Queue.PositionAsync("+62811111111"));
        Assert.True(await Queue.RemoveAsync("+62822222222"));
        Assert.Equal(1, await Queue.PositionAsync("+62811111111"));
        Assert.Null(await Queue.PositionAsync("+62822222222"));
        Assert.False(await Queue.RemoveAsync("+62822222222"));
    }

    [Fact]
    public async Task Count_is_the_number_waiting()
    {
        Assert.Equal(0, await Queue.CountAsync());
        await Queue.EnqueueAsync("+62811111111", TestData.Now);
        await Queue.EnqueueAsync("+62822222222", TestData.Now);
        await Queue.EnqueueAsync("+62811111111", TestData.Now);
        Assert.Equal(2, await Queue.CountAsync());
        await Queue.RemoveAsync("+62811111111");
        Assert.Equal(1, await Queue.CountAsync());
    }
}
