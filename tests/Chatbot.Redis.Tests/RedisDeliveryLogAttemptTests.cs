using Chatbot.Core.Messaging;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests;

/// <summary>The send attempts the delivery log counts before each call to the provider. Runs on one redis-server and on a three-master cluster alike.</summary>
public abstract class RedisDeliveryLogAttemptTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : RedisDeliveryLogAttemptTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : RedisDeliveryLogAttemptTests(redis);

    private readonly RedisTestScope scope = RedisTestScope.Create(redis);

    public void Dispose() => scope.Dispose();

    private RedisDeliveryLog Log => new(scope.Context);

    [Fact]
    public async Task Attempts_are_counted_and_the_first_time_is_kept()
    {
        var message = TestData.Outbound(TestData.NewPhone(), "halo");

        var first = await Log.BeginAttemptAsync(message, TestData.Now);
        var second = await Log.BeginAttemptAsync(message, TestData.Now.AddSeconds(5));
        var third = await Log.BeginAttemptAsync(message, TestData.Now.AddSeconds(9));

        Assert.Equal(new(null, 0, null), first);
        Assert.Equal(new(null, 1, TestData.Now), second);
        Assert.Equal(new(null, 2, TestData.Now), third);
        Assert.False(third.Settled);
    }

    [Fact]
    public async Task An_attempt_alone_is_not_an_outcome()
    {
        var message = TestData.Outbound(TestData.NewPhone(), "halo");

        await Log.BeginAttemptAsync(message, TestData.Now);

        Assert.Null(await Log.GetAsync(message.Id));
    }

    [Fact]
    public async Task A_settled_message_is_not_counted_again_and_says_its_outcome()
    {
        var accepted = TestData.Outbound(TestData.NewPhone(), "halo");
        var failed = TestData.Outbound(TestData.NewPhone(), "nomor salah");
        await Log.BeginAttemptAsync(accepted, TestData.Now);
        await Log.MarkAcceptedAsync(accepted, "SMattempt1", DeliveryStatus.Queued, TestData.Now.AddSeconds(1));
        await Log.MarkFailedAsync(failed, "21211", "invalid To", TestData.Now);

        var again = await Log.BeginAttemptAsync(accepted, TestData.Now.AddSeconds(2));
        var never = await Log.BeginAttemptAsync(failed, TestData.Now.AddSeconds(2));

        Assert.Equal(new(DeliveryStatus.Queued, 1, TestData.Now), again);
        Assert.True(again.Settled);
        Assert.Equal(DeliveryStatus.Failed, never.Outcome);
        Assert.Equal(0, never.Attempts);
        Assert.Equal("SMattempt1", (await Log.GetAsync(accepted.Id))?.ProviderMessageId);
    }

    [Fact]
    public async Task A_provider_id_leads_back_to_our_message_once_it_was_accepted()
    {
        var message = TestData.Outbound(TestData.NewPhone(), "halo");
        Assert.Null(await Log.FindByProviderIdAsync("SMattempt2"));

        await Log.MarkAcceptedAsync(message, "SMattempt2", DeliveryStatus.Queued, TestData.Now);

        Assert.Equal(message.Id, await Log.FindByProviderIdAsync("SMattempt2"));
    }
}
