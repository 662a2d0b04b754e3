using Chatbot.Core.Ports;
using Chatbot.Testing;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Chatbot.Redis.Tests;

/// <summary>
/// A stopped Redis reaches the stores' callers as Core's StoreUnavailableException, whichever way the store talks to
/// Redis (script, command, batch, transaction, synchronous call); a bug's error keeps its own exception. Stops its own
/// redis-server, so it does not share the collection's.
/// </summary>
public sealed class RedisUnavailableTests(RedisServerFixture server) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private ConnectionMultiplexer? multiplexer;

    public Task InitializeAsync() => server.StartAsync();

    public async Task DisposeAsync()
    {
        if (multiplexer is not null) await multiplexer.DisposeAsync();
        await server.StartAsync();
    }

    private RedisContext Connect()
    {
        // The product's own connection settings: fail at once while Redis is down instead of queueing.
        var options = new RedisOptions { ConnectionString = server.ConnectionString, KeyPrefix = RedisServerFixture.NewKeyPrefix() };
        multiplexer = (ConnectionMultiplexer)RedisConnectionFactory.Connect(options);
        return new RedisContext(multiplexer, Options.Create(options));
    }

    [Fact]
    public async Task Every_way_of_calling_a_stopped_redis_gives_store_unavailable()
    {
        var redis = Connect();
        var phone = TestData.NewPhone();
        Assert.True(await new RedisInbox(redis).AcceptAsync(TestData.Inbound(phone, "halo")));

        await server.StopAsync();

        await Assert.ThrowsAsync<StoreUnavailableException>(() => new RedisInbox(redis).AcceptAsync(TestData.Inbound(phone, "lagi")));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => new RedisDeliveryLog(redis).GetAsync("out-1"));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => new RedisOutbox(redis).EnqueueAsync([TestData.Outbound(phone, "balasan")]));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => new RedisConversationStore(redis).AppendTranscriptAsync(phone, TestData.Line("catatan")));
        // Data Protection's key ring, read as the service registers it (RedisDataProtection): through the same database.
        Assert.Throws<StoreUnavailableException>(() => new Microsoft.AspNetCore.DataProtection.StackExchangeRedis.RedisXmlRepository(() => redis.Database, redis.Keys.DataProtectionKeys).GetAllElements());
        var unavailable = await Assert.ThrowsAsync<StoreUnavailableException>(() => new RedisHandoffQueue(redis).CountAsync());
        Assert.IsAssignableFrom<RedisException>(unavailable.InnerException);
    }

    [Fact]
    public async Task A_command_error_that_is_not_an_outage_keeps_its_own_exception()
    {
        var redis = Connect();
        RedisKey key = redis.Options.KeyPrefix + ":not-a-list";
        await redis.Database.StringSetAsync(key, "text");

        var error = await Assert.ThrowsAsync<RedisServerException>(() => redis.Database.ListRangeAsync(key));

        Assert.StartsWith("WRONGTYPE", error.Message, StringComparison.Ordinal);
    }
}
