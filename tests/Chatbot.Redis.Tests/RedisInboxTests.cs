using Chatbot.Core.Ports;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests;

/// <summary>Runs on one redis-server and on a three-master cluster alike.</summary>
public abstract class RedisInboxTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : RedisInboxTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : RedisInboxTests(redis);

    private readonly RedisTestScope scope = RedisTestScope.Create(redis, o => o.ClaimMinIdleMilliseconds = 300);

    public void Dispose() => scope.Dispose();

    private RedisInbox Inbox => new(scope.Context);

    [Fact]
    public async Task Same_message_id_twice_is_stored_once()
    {
        var phone = TestData.NewPhone();
        var message = TestData.Inbound(phone, "halo", "SM-dup");

        Assert.True(await Inbox.AcceptAsync(message));
        Assert.False(await Inbox.AcceptAsync(message with { Text = "resent" }));

        Assert.Equal(1, await scope.Db.StreamLengthAsync(scope.Keys.Inbox(scope.Keys.PartitionOf(phone))));
        var entries = await Inbox.ReadAsync(scope.Keys.PartitionOf(phone), "w1", 10, TimeSpan.Zero);
        Assert.Equal("halo", Assert.Single(entries).Message.Text);
    }

    [Fact]
    public async Task Messages_of_a_partition_come_in_order_and_ack_removes_them()
    {
        var phone = TestData.NewPhone();
        var partition = scope.Keys.PartitionOf(phone);
        for (var i = 0; i < 5; i++) await Inbox.AcceptAsync(TestData.Inbound(phone, $"m{i}"));

        var entries = await Inbox.ReadAsync(partition, "w1", 10, TimeSpan.Zero);

        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], entries.Select(e => e.Message.Text));
        Assert.All(entries, e => Assert.Equal(partition, e.Receipt.Partition));
        foreach (var entry in entries) await Inbox.AckAsync(entry.Receipt);
        Assert.Empty(await Inbox.ReadAsync(partition, "w1", 10, TimeSpan.Zero));
        Assert.Equal(0, await scope.Db.StreamLengthAsync(scope.Keys.Inbox(partition)));
    }

    [Fact]
    public async Task Unacknowledged_entries_come_back_to_the_same_consumer_first()
    {
        var phone = TestData.NewPhone();
        var partition = scope.Keys.PartitionOf(phone);
        await Inbox.AcceptAsync(TestData.Inbound(phone, "first"));
        var first = await Inbox.ReadAsync(partition, "w1", 10, TimeSpan.Zero);
        await Inbox.AcceptAsync(TestData.Inbound(phone, "second"));

        var again = await Inbox.ReadAsync(partition, "w1", 10, TimeSpan.Zero);

        Assert.Equal(first.Single().Receipt, Assert.Single(again).Receipt);
    }

    [Fact]
    public async Task Pending_entries_of_a_dead_consumer_are_taken_over_before_new_ones()
    {
        var phone = TestData.NewPhone();
        var partition = scope.Keys.PartitionOf(phone);
        await Inbox.AcceptAsync(TestData.Inbound(phone, "old1"));
        await Inbox.AcceptAsync(TestData.Inbound(phone, "old2"));
        Assert.Equal(2, (await Inbox.ReadAsync(partition, "dead", 10, TimeSpan.Zero)).Count);
        await Inbox.AcceptAsync(TestData.Inbound(phone, "new"));

        // Not idle long enough yet: the new message must not overtake the old ones.
        Assert.Empty(await Inbox.ReadAsync(partition, "alive", 10, TimeSpan.Zero));
        await Task.Delay(400);
        var claimed = await Inbox.ReadAsync(partition, "alive", 10, TimeSpan.Zero);
        Assert.Equal(["old1", "old2"], claimed.Select(e => e.Message.Text));
        foreach (var entry in claimed) await Inbox.AckAsync(entry.Receipt);

        var fresh = await Inbox.ReadAsync(partition, "alive", 10, TimeSpan.Zero);
        Assert.Equal("new", Assert.Single(fresh).Message.Text);
    }

    [Fact]
    public async Task Read_waits_up_to_block_for_a_message()
    {
        var phone = TestData.NewPhone();
        var partition = scope.Keys.PartitionOf(phone);
        var read = Inbox.ReadAsync(partition, "w1", 10, TimeSpan.FromSeconds(10));
        await Task.Delay(150);
        Assert.False(read.IsCompleted);

        await Inbox.AcceptAsync(TestData.Inbound(phone, "late"));

        var entries = await read.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("late", Assert.Single(entries).Message.Text);
    }

    [Fact]
    public async Task Read_of_an_empty_partition_returns_empty_after_block()
    {
        var started = DateTime.UtcNow;

        var entries = await Inbox.ReadAsync(0, "w1", 10, TimeSpan.FromMilliseconds(200));

        Assert.Empty(entries);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(190));
    }

    [Fact]
    public async Task Consumer_group_is_recreated_when_the_stream_vanished()
    {
        var phone = TestData.NewPhone();
        var partition = scope.Keys.PartitionOf(phone);
        await Inbox.ReadAsync(partition, "w1", 1, TimeSpan.Zero);
        await scope.Db.KeyDeleteAsync(scope.Keys.Inbox(partition));

        await Inbox.AcceptAsync(TestData.Inbound(phone, "after restart"));

        Assert.Equal("after restart", Assert.Single(await Inbox.ReadAsync(partition, "w1", 10, TimeSpan.Zero)).Message.Text);
    }

    [Fact]
    public async Task Accept_records_the_inbound_time_for_the_24_hour_window()
    {
        var phone = TestData.NewPhone();
        var at = TestData.Now.AddMinutes(5);
        await Inbox.AcceptAsync(TestData.Inbound(phone, "halo", at: at));

        var snapshot = await new RedisConversationStore(scope.Context).LoadAsync(phone, null);

        Assert.Equal(at, snapshot.State.LastInboundAt);
    }

    [Fact]
    public void Partitions_follow_the_options()
    {
        IInboxReader reader = Inbox;
        Assert.Equal(16, reader.Partitions);
    }
}
