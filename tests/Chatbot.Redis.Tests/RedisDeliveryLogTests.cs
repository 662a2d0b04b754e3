using Chatbot.Core.Messaging;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests;

/// <summary>Runs on one redis-server and on a three-master cluster alike.</summary>
public abstract class RedisDeliveryLogTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : RedisDeliveryLogTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : RedisDeliveryLogTests(redis);

    private readonly RedisTestScope scope = RedisTestScope.Create(redis);

    public void Dispose() => scope.Dispose();

    private RedisDeliveryLog Log => new(scope.Context);

    [Fact]
    public async Task Accepted_message_is_recorded_with_the_provider_id()
    {
        var message = TestData.Outbound(TestData.NewPhone(), "halo");

        await Log.MarkAcceptedAsync(message, "SMp1", DeliveryStatus.Queued, TestData.Now);

        var record = await Log.GetAsync(message.Id);
        Assert.NotNull(record);
        Assert.Equal(message.ConversationId, record.ConversationId);
        Assert.Equal("SMp1", record.ProviderMessageId);
        Assert.Equal(DeliveryStatus.Queued, record.Status);
        Assert.Equal(TestData.Now, record.UpdatedAt);
    }

    [Fact]
    public async Task Late_sent_never_overwrites_delivered_or_read()
    {
        var message = TestData.Outbound(TestData.NewPhone(), "halo");
        await Log.MarkAcceptedAsync(message, "SMp2", DeliveryStatus.Queued, TestData.Now);

        await Log.ApplyAsync(new StatusUpdate("SMp2", DeliveryStatus.Read, TestData.Now.AddSeconds(3)));
        await Log.ApplyAsync(new StatusUpdate("SMp2", DeliveryStatus.Delivered, TestData.Now.AddSeconds(2)));
        await Log.ApplyAsync(new StatusUpdate("SMp2", DeliveryStatus.Sent, TestData.Now.AddSeconds(1)));

        var record = await Log.GetAsync(message.Id);
        Assert.Equal(DeliveryStatus.Read, record!.Status);
        Assert.Equal(TestData.Now.AddSeconds(3), record.UpdatedAt);
    }

    [Fact]
    public async Task Failure_is_always_recorded()
    {
        var message = TestData.Outbound(TestData.NewPhone(), "halo");
        await Log.MarkAcceptedAsync(message, "SMp3", DeliveryStatus.Sent, TestData.Now);
        await Log.ApplyAsync(new StatusUpdate("SMp3", DeliveryStatus.Delivered, TestData.Now.AddSeconds(1)));

        await Log.ApplyAsync(new StatusUpdate("SMp3", DeliveryStatus.Undelivered, TestData.Now.AddSeconds(2), "63016", "Outside the window"));
        await Log.ApplyAsync(new StatusUpdate("SMp3", DeliveryStatus.Read, TestData.Now.AddSeconds(3)));

        var record = await Log.GetAsync(message.Id);
        Assert.Equal(DeliveryStatus.Undelivered, record!.Status);
        Assert.Equal("63016", record.ErrorCode);
        Assert.Equal("Outside the window", record.ErrorMessage);
    }

    [Fact]
    public async Task Failed_send_is_recorded_without_a_provider_id()
    {
        var message = TestData.Outbound(TestData.NewPhone(), "halo");

        await Log.MarkFailedAsync(message, "21211", "Invalid 'To' Phone Number", TestData.Now);

        var record = await Log.GetAsync(message.Id);
        Assert.Equal(DeliveryStatus.Failed, record!.Status);
        Assert.Null(record.ProviderMessageId);
        Assert.Equal("21211", record.ErrorCode);
    }

    [Fact]
    public async Task Unknown_provider_id_is_recorded_and_merged_when_linked()
    {
        await Log.ApplyAsync(new StatusUpdate("SM-never-sent", DeliveryStatus.Delivered, TestData.Now));
        var message = TestData.Outbound(TestData.NewPhone(), "halo");
        await Log.ApplyAsync(new StatusUpdate("SMp4", DeliveryStatus.Delivered, TestData.Now.AddSeconds(2)));

        // The sender records the provider's answer after the callback overtook it.
        await Log.MarkAcceptedAsync(message, "SMp4", DeliveryStatus.Queued, TestData.Now.AddSeconds(1));

        Assert.Equal(DeliveryStatus.Delivered, (await Log.GetAsync(message.Id))!.Status);
        Assert.True(await scope.Db.KeyExistsAsync(scope.Keys.EarlyStatus("SM-never-sent")));
        Assert.Null(await Log.GetAsync("no-such-message"));
    }
}
