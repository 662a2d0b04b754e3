using System.Diagnostics;
using Chatbot.Core.Ports;
using Chatbot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Chatbot.Redis.Tests;

/// <summary>Registration and readiness; stops and restarts its own redis-server, so it does not share the collection's.</summary>
public sealed class ServiceCollectionExtensionsTests(RedisServerFixture server) : IClassFixture<RedisServerFixture>
{
    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddChatbotRedis(builder.Configuration);
        return builder.Build();
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["ConnectionStrings:Redis"] = server.ConnectionString,
        ["Redis:KeyPrefix"] = RedisServerFixture.NewKeyPrefix(),
        ["Redis:Partitions"] = "8",
    };

    [Fact]
    public async Task Missing_connection_string_fails_the_start_and_names_the_setting()
    {
        using var host = BuildHost(new Dictionary<string, string?> { ["Redis:Partitions"] = "8" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ConnectionStrings:Redis", error.Message);
    }

    [Fact]
    public async Task Invalid_partitions_fail_the_start()
    {
        var settings = Settings();
        settings["Redis:Partitions"] = "0";
        using var host = BuildHost(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Redis:Partitions", error.Message);
    }

    [Fact]
    public async Task Every_port_resolves_to_one_shared_multiplexer()
    {
        using var host = BuildHost(Settings());
        await host.StartAsync();
        var services = host.Services;

        Assert.IsType<RedisStorage>(services.GetRequiredService<IStorage>());
        Assert.IsType<RedisConversationStore>(services.GetRequiredService<IConversationStore>());
        Assert.Same(services.GetRequiredService<IInbox>(), services.GetRequiredService<IInboxReader>());
        Assert.Same(services.GetRequiredService<IOutbox>(), services.GetRequiredService<IOutboxReader>());
        Assert.IsType<RedisDeliveryLog>(services.GetRequiredService<IDeliveryLog>());
        Assert.IsType<RedisCaseStore>(services.GetRequiredService<ICaseStore>());
        Assert.IsType<RedisHandoffQueue>(services.GetRequiredService<IHandoffQueue>());
        Assert.IsType<RedisPartitionLeases>(services.GetRequiredService<IPartitionLeases>());
        Assert.IsType<RedisOperatorAccounts>(services.GetRequiredService<IOperatorAccounts>());
        Assert.Same(services.GetRequiredService<IConnectionMultiplexer>(), services.GetRequiredService<RedisContext>().Multiplexer);
        Assert.Equal(8, services.GetRequiredService<IInboxReader>().Partitions);
        Assert.True(await services.GetRequiredService<RedisHealth>().IsReadyAsync());
        await host.StopAsync();
    }

    [Fact]
    public async Task Redis_down_fails_fast_and_the_service_recovers_when_it_returns()
    {
        await server.StopAsync();
        try
        {
            // Starts although Redis is down (AbortOnConnectFail = false).
            using var host = BuildHost(Settings());
            await host.StartAsync();
            var health = host.Services.GetRequiredService<RedisHealth>();
            var inbox = host.Services.GetRequiredService<IInbox>();

            Assert.False(await health.IsReadyAsync());
            var clock = Stopwatch.StartNew();
            await Assert.ThrowsAsync<StoreUnavailableException>(() => inbox.AcceptAsync(TestData.Inbound(TestData.NewPhone(), "halo")));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");

            await server.StartAsync();
            var deadline = Stopwatch.StartNew();
            while (!await health.IsReadyAsync() && deadline.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(100);
            Assert.True(await health.IsReadyAsync());
            Assert.True(await inbox.AcceptAsync(TestData.Inbound(TestData.NewPhone(), "halo")));
            await host.StopAsync();
        }
        finally
        {
            await server.StartAsync();
        }
    }
}
