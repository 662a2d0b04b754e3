using Chatbot.Testing;

namespace Chatbot.Redis.Tests;

/// <summary>Runs on one redis-server and on a three-master cluster alike.</summary>
public abstract class RedisOutboxTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : RedisOutboxTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : RedisOutboxTests(redis);

    private readonly RedisTestScope scope = RedisTestScope.Create(redis, o => o.ClaimMinIdleMilliseconds = 0);

    public void Dispose() => scope.Dispose();

    private RedisOutbox Outbox => new(scope.Context);

    [Fact]
    public async Task Enqueued_messages_are_read_in_order_per_conversation_partition()
    {
        var phone = TestData.NewPhone();
        var other = TestData.NewPhone();
        await Outbox.EnqueueAsync([TestData.Outbound(phone, "1"), TestData.Outbound(other, "x"), TestData.Outbound(phone, "2"), TestData.Outbound(phone, "3")]);

        var entries = await Outbox.ReadAsync(scope.Keys.PartitionOf(phone), "s1", 10, TimeSpan.Zero);

        Assert.Equal(["1", "2", "3"], entries.Where(e => e.Message.ConversationId == phone).Select(e => e.Message.Text));
        Assert.Contains(await Outbox.ReadAsync(scope.Keys.PartitionOf(other), "s1", 10, TimeSpan.Zero), e => e.Message.Text == "x");
    }

    [Fact]
    public async Task Acknowledged_messages_are_gone_and_unacknowledged_are_taken_over()
    {
        var phone = TestData.NewPhone();
        var partition = scope.Keys.PartitionOf(phone);
        await Outbox.EnqueueAsync([TestData.Outbound(phone, "a"), TestData.Outbound(phone, "b")]);
        var read = await Outbox.ReadAsync(partition, "dead-sender", 1, TimeSpan.Zero);
        Assert.Equal("a", Assert.Single(read).Message.Text);

        var takenOver = await Outbox.ReadAsync(partition, "sender", 10, TimeSpan.Zero);
        Assert.Equal("a", Assert.Single(takenOver).Message.Text);
        await Outbox.AckAsync(takenOver[0].Receipt);

        var next = await Outbox.ReadAsync(partition, "sender", 10, TimeSpan.Zero);
        Assert.Equal("b", Assert.Single(next).Message.Text);
    }
}
