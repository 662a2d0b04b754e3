using System.Net;
using System.Text.Json;
using Chatbot.Core.Accounts;
using Chatbot.Core.Ports;
using Chatbot.Testing;
using Chatbot.Web.Tests.OperatorConsole;

namespace Chatbot.Web.Tests.Api;

/// <summary>GET /api/events: Server-Sent Events from every instance (Redis pub/sub), filtered for the user.</summary>
[Collection(WebCollection.Name)]
public sealed class ConsoleEventsApiTests(RedisServerFixture redis) : IAsyncLifetime
{
    public Task InitializeAsync() => redis.StartAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_event_published_on_another_instance_reaches_the_console_and_others_offers_do_not()
    {
        await using var first = new ChatbotAppFactory(redis, ApiTestData.Templates);
        await using var second = new ChatbotAppFactory(redis, ApiTestData.With(("Redis:KeyPrefix", first.KeyPrefix)));
        using var agus = await ApiClient.SignInAsync(first, "agus");
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        using var response = await agus.Http.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        Assert.Equal("ready", (await NextEventAsync(reader, cancel.Token)).Type);

        var events = second.Get<IConsoleEvents>();
        await events.PublishAsync(new ConsoleEvent { Type = ConsoleEventTypes.Offer, At = DateTimeOffset.UtcNow, CaseCode = "AAA-222", ForUser = "budi" }, cancel.Token);
        await events.PublishAsync(new ConsoleEvent { Type = ConsoleEventTypes.Conversation, At = DateTimeOffset.UtcNow, ConversationId = "+6281200000001", Operator = "budi" }, cancel.Token);
        await events.PublishAsync(new ConsoleEvent { Type = ConsoleEventTypes.Offer, At = DateTimeOffset.UtcNow, CaseCode = "BBB-333", ForUser = "agus" }, cancel.Token);

        var received = await NextEventAsync(reader, cancel.Token);
        Assert.Equal("offer", received.Type);
        Assert.Equal("BBB-333", received.Data.GetProperty("caseCode").GetString());
    }

    [Fact]
    public async Task A_supervisor_hears_of_a_citizens_message_handled_by_another_instance()
    {
        await using var console = new ChatbotAppFactory(redis, ApiTestData.Templates);
        await using var worker = new ChatbotAppFactory(redis, ApiTestData.With(("Redis:KeyPrefix", console.KeyPrefix), ("Workers:Enabled", "true")));
        using var siti = await ApiClient.SignInAsync(console, "siti", OperatorRole.Supervisor);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await siti.Http.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        Assert.Equal("ready", (await NextEventAsync(reader, cancel.Token)).Type);
        var phone = ApiTestData.Phone();

        using (var posted = await worker.CreateClient().SendAsync(SignedRequests.Inbound(SignedRequests.Citizen(phone, "halo"))))
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        SseEvent received;
        do received = await NextEventAsync(reader, cancel.Token);
        while (received.Type != "message");
        Assert.Equal(phone, received.Data.GetProperty("conversationId").GetString());
        Assert.Equal("Bot", received.Data.GetProperty("detail").GetString());
    }

    private sealed record SseEvent(string Type, JsonElement Data);

    private static async Task<SseEvent> NextEventAsync(StreamReader reader, CancellationToken ct)
    {
        string? type = null, data = null;
        while (true)
        {
            var line = await reader.ReadLineAsync(ct) ?? throw new EndOfStreamException("The event stream ended.");
            if (line.Length == 0)
            {
                if (type is not null) return new SseEvent(type, JsonDocument.Parse(data ?? "{}").RootElement.Clone());
                continue;
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal)) type = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
        }
    }
}
