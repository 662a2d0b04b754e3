using Chatbot.Core.Conversations;
using Chatbot.Core.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Chatbot.Redis.Tests;

/// <summary>
/// One webhook accept and one bot turn through a host configured only by <c>ConnectionStrings:Redis</c>, the way the
/// service starts: proves that a topology's connection string is all the configuration it needs.
/// </summary>
internal static class ConfiguredTurn
{
    /// <summary>Runs the turn; returns the conversation id, for the caller to look at what was written.</summary>
    public static async Task<string> RunAsync(string connectionString, string keyPrefix)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = connectionString,
            ["Redis:KeyPrefix"] = keyPrefix,
        });
        builder.Services.AddChatbotRedis(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync();
        var services = host.Services;
        var health = services.GetRequiredService<RedisHealth>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await health.IsReadyAsync() && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.True(await health.IsReadyAsync(), $"not ready on {connectionString}");

        var keys = services.GetRequiredService<RedisKeys>();
        var inbox = services.GetRequiredService<IInboxReader>();
        var store = services.GetRequiredService<IConversationStore>();
        var phone = TestData.NewPhone();
        var partition = keys.PartitionOf(phone);
        var message = TestData.Inbound(phone, "halo");
        Assert.True(await services.GetRequiredService<IInbox>().AcceptAsync(message));
        var entry = Assert.Single(await inbox.ReadAsync(partition, "w1", 10, TimeSpan.FromSeconds(5)));

        var snapshot = await store.LoadAsync(phone, message.MessageId);
        Assert.False(snapshot.AlreadyProcessed);
        snapshot.State.Mode = ConversationMode.Queued;
        await store.CommitAsync(new TurnCommit
        {
            State = snapshot.State,
            Outgoing = [TestData.Outbound(phone, "Selamat datang")],
            Transcript = [TestData.Line("halo", Speaker.Citizen)],
            ProcessedMessageId = message.MessageId,
            Ack = entry.Receipt,
        });

        var after = await store.LoadAsync(phone, message.MessageId);
        Assert.True(after.AlreadyProcessed);
        Assert.Equal(ConversationMode.Queued, after.State.Mode);
        Assert.Empty(await inbox.ReadAsync(partition, "w1", 10, TimeSpan.Zero));
        var sent = Assert.Single(await services.GetRequiredService<IOutboxReader>().ReadAsync(partition, "s1", 10, TimeSpan.Zero));
        Assert.Equal("Selamat datang", sent.Message.Text);
        Assert.True(await services.GetRequiredService<IConnectionMultiplexer>().GetDatabase().KeyExistsAsync(keys.ConversationState(phone)));
        await host.StopAsync();
        return phone;
    }
}
