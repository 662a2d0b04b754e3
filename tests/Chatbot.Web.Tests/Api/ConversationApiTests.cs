using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chatbot.Core.Accounts;
using Chatbot.Core.Conversations;
using Chatbot.Core.Ports;
using Chatbot.Testing;

namespace Chatbot.Web.Tests.Api;

/// <summary>The conversation actions through the API, the real host, its workers and a real Redis.</summary>
[Collection(WebCollection.Name)]
public sealed class ConversationApiTests(RedisServerFixture redis) : IAsyncLifetime
{
    public Task InitializeAsync() => redis.StartAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Path(string phone, string action = "") => "/api/conversations/" + Uri.EscapeDataString(phone) + action;

    [Fact]
    public async Task After_a_take_over_the_bot_stays_silent_and_the_citizen_message_shows_in_the_conversation()
    {
        await using var app = new ChatbotAppFactory(redis, ApiTestData.With(("Workers:Enabled", "true"), ("Simulator:Enabled", "true")));
        var http = app.CreateClient();
        var phone = ApiTestData.Phone();
        using (var first = await http.SendAsync(SignedRequests.Inbound(SignedRequests.Citizen(phone, "halo"))))
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await Eventually.SucceedsAsync(async () => (await app.Get<IConversationStore>().GetTranscriptAsync(phone, 50)).Any(l => l.Speaker == Speaker.Bot), TimeSpan.FromSeconds(20), "the bot's greeting");
        using var sari = await ApiClient.SignInAsync(app, "sari");

        using var takeOver = await sari.PostAsync(Path(phone, "/take-over"));
        Assert.Equal(HttpStatusCode.OK, takeOver.StatusCode);
        var view = await takeOver.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("WithOperator", view.GetProperty("mode").GetString());
        Assert.Equal("sari", view.GetProperty("operator").GetString());
        Assert.True(view.GetProperty("insideWindow").GetBoolean());

        using (var second = await http.SendAsync(SignedRequests.Inbound(SignedRequests.Citizen(phone, "tolong dibantu ya pak"))))
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await Eventually.SucceedsAsync(async () => (await app.Get<IConversationStore>().GetTranscriptAsync(phone, 50)).Any(l => l.Text == "tolong dibantu ya pak"), TimeSpan.FromSeconds(20), "the citizen's message");
        await Task.Delay(500);

        var transcript = (await sari.GetJsonAsync(Path(phone))).GetProperty("transcript").EnumerateArray().ToList();
        var citizen = transcript.FindIndex(l => l.GetProperty("text").GetString() == "tolong dibantu ya pak");
        Assert.Equal("Citizen", transcript[citizen].GetProperty("speaker").GetString());
        Assert.Equal(citizen, transcript.Count - 1);
        Assert.DoesNotContain(transcript.Skip(citizen), l => l.GetProperty("speaker").GetString() == "Bot");
    }

    [Fact]
    public async Task A_reply_inside_the_window_reaches_the_messages_api_with_delivery_ticks()
    {
        await using var app = new ChatbotAppFactory(redis, ApiTestData.With(("Workers:Enabled", "true"), ("Simulator:Enabled", "true")));
        app.CreateClient().Dispose();
        var phone = ApiTestData.Phone();
        await ApiTestData.SeedConversationAsync(app, phone, DateTimeOffset.UtcNow.AddMinutes(-5), ConversationMode.WithOperator, "dewi");
        using var dewi = await ApiClient.SignInAsync(app, "dewi");

        using var reply = await dewi.PostAsync(Path(phone, "/reply"), new { text = "Selamat siang, Bapak Budi." });

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var line = (await reply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("transcript").EnumerateArray().Last();
        Assert.Equal("Operator", line.GetProperty("speaker").GetString());
        Assert.Equal("dewi", line.GetProperty("author").GetString());
        var id = line.GetProperty("id").GetString()!;
        await Eventually.SucceedsAsync(async () => (await app.Get<IDeliveryLog>().GetAsync(id))?.Status == Chatbot.Core.Messaging.DeliveryStatus.Read, TimeSpan.FromSeconds(20), "the reply to be read");
        var shown = (await dewi.GetJsonAsync(Path(phone))).GetProperty("transcript").EnumerateArray().Single(l => l.GetProperty("id").GetString() == id);
        Assert.Equal("Read", shown.GetProperty("delivery").GetString());
    }

    [Fact]
    public async Task Outside_the_window_free_text_is_refused_and_an_approved_template_is_sent()
    {
        await using var app = new ChatbotAppFactory(redis, ApiTestData.Templates);
        var phone = ApiTestData.Phone();
        await ApiTestData.SeedConversationAsync(app, phone, DateTimeOffset.UtcNow.AddHours(-30), ConversationMode.WithOperator, "rina");
        var @case = await ApiTestData.OpenCaseAsync(app, phone);
        using var rina = await ApiClient.SignInAsync(app, "rina");

        var before = await rina.GetJsonAsync(Path(phone));
        using var free = await rina.PostAsync(Path(phone, "/reply"), new { text = "Halo?" });
        using var unknown = await rina.PostAsync(Path(phone, "/template"), new { name = "tidak-ada" });
        using var template = await rina.PostAsync(Path(phone, "/template"), new { name = "tindak-lanjut", variables = new Dictionary<string, string> { ["name"] = "Pak Budi" } });

        Assert.False(before.GetProperty("insideWindow").GetBoolean());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, free.StatusCode);
        Assert.Equal("outsideWindow", (await free.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        var line = (await template.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("transcript").EnumerateArray().Last();
        Assert.Equal("template", line.GetProperty("kind").GetString());
        Assert.Equal($"[template tindak-lanjut] Pak Budi · {@case.Code}", line.GetProperty("text").GetString());

        var queued = await app.ReadOutboxAsync();
        var sent = Assert.Single(queued, m => m.ConversationId == phone);
        Assert.Null(sent.Text);
        Assert.Equal("HX00000000000000000000000000000011", sent.Template!.ContentSid);
        Assert.Equal("Pak Budi", sent.Template.Variables["1"]);
        Assert.Equal(@case.Code.ToString(), sent.Template.Variables["2"]);
        Assert.Equal("rina", sent.Author);
    }

    [Fact]
    public async Task Markup_in_a_citizen_message_comes_back_as_json_data()
    {
        await using var app = new ChatbotAppFactory(redis, ApiTestData.Templates);
        var phone = ApiTestData.Phone();
        const string markup = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        await ApiTestData.SeedConversationAsync(app, phone, DateTimeOffset.UtcNow, ConversationMode.Queued, null,
            new TranscriptEntry(Speaker.Citizen, markup, DateTimeOffset.UtcNow, "SM" + Guid.NewGuid().ToString("N")));
        using var supervisor = await ApiClient.SignInAsync(app, "siti", OperatorRole.Supervisor);

        using var response = await supervisor.GetAsync(Path(phone));

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var line = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("transcript").EnumerateArray().Single();
        Assert.Equal(markup, line.GetProperty("text").GetString());
        Assert.Equal("message", line.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Of_two_operators_taking_over_at_the_same_moment_exactly_one_wins()
    {
        await using var app = new ChatbotAppFactory(redis, ApiTestData.Templates);
        var phone = ApiTestData.Phone();
        await ApiTestData.SeedConversationAsync(app, phone, DateTimeOffset.UtcNow, ConversationMode.Queued);
        await app.Get<IHandoffQueue>().EnqueueAsync(phone, DateTimeOffset.UtcNow);
        using var agus = await ApiClient.SignInAsync(app, "agus");
        using var budi = await ApiClient.SignInAsync(app, "budi");
        await agus.TokenAsync();
        await budi.TokenAsync();

        for (var round = 0; round < 5; round++)
        {
            if (round > 0)
            {
                await ApiTestData.SeedConversationAsync(app, phone, DateTimeOffset.UtcNow, ConversationMode.Queued);
            }

            var results = await Task.WhenAll(agus.PostAsync(Path(phone, "/take-over")), budi.PostAsync(Path(phone, "/take-over")));
            var codes = results.Select(r => r.StatusCode).ToList();
            Assert.Single(codes, HttpStatusCode.OK);
            Assert.Single(codes, HttpStatusCode.Conflict);
            var winner = results[0].StatusCode == HttpStatusCode.OK ? "agus" : "budi";
            var state = (await app.Get<IConversationStore>().LoadAsync(phone, null)).State;
            Assert.Equal(winner, state.Operator);
            foreach (var r in results) r.Dispose();
        }

        Assert.Null(await app.Get<IHandoffQueue>().PositionAsync(phone));
    }

    [Fact]
    public async Task Hand_back_returns_the_conversation_to_the_bot_and_only_the_holder_replies()
    {
        await using var app = new ChatbotAppFactory(redis, ApiTestData.Templates);
        var phone = ApiTestData.Phone();
        await ApiTestData.SeedConversationAsync(app, phone, DateTimeOffset.UtcNow, ConversationMode.Queued);
        using var agus = await ApiClient.SignInAsync(app, "agus");
        using var budi = await ApiClient.SignInAsync(app, "budi");

        using (var take = await agus.PostAsync(Path(phone, "/take-over"))) Assert.Equal(HttpStatusCode.OK, take.StatusCode);
        using (var other = await budi.PostAsync(Path(phone, "/reply"), new { text = "saya juga" })) Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        using (var note = await budi.PostAsync(Path(phone, "/notes"), new { text = "warga lansia, bicara pelan" })) Assert.Equal(HttpStatusCode.OK, note.StatusCode);
        using (var back = await agus.PostAsync(Path(phone, "/hand-back"))) Assert.Equal(HttpStatusCode.OK, back.StatusCode);

        var view = await agus.GetJsonAsync(Path(phone));
        Assert.Equal("Bot", view.GetProperty("mode").GetString());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("operator").ValueKind);
        var noteLine = view.GetProperty("transcript").EnumerateArray().Single(l => l.GetProperty("kind").GetString() == "note");
        Assert.Equal("budi", noteLine.GetProperty("author").GetString());
        Assert.DoesNotContain(await app.ReadOutboxAsync(), m => m.Text == "warga lansia, bicara pelan");
    }

    [Fact]
    public async Task A_transfer_to_a_queue_requeues_the_conversation_and_moves_its_case()
    {
        await using var app = new ChatbotAppFactory(redis, ApiTestData.Templates);
        var phone = ApiTestData.Phone();
        await ApiTestData.SeedConversationAsync(app, phone, DateTimeOffset.UtcNow, ConversationMode.WithOperator, "agus");
        var @case = await ApiTestData.OpenCaseAsync(app, phone);
        using var agus = await ApiClient.SignInAsync(app, "agus");

        using var transfer = await agus.PostAsync(Path(phone, "/transfer"), new { queue = "ktp-cilegon" });

        Assert.Equal(HttpStatusCode.OK, transfer.StatusCode);
        var view = await transfer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Queued", view.GetProperty("mode").GetString());
        Assert.Equal("ktp-cilegon", (await app.Get<ICaseStore>().GetAsync(@case.Code))!.Queue);
        Assert.NotNull(await app.Get<IHandoffQueue>().PositionAsync(phone));
    }
}
