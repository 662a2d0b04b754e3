using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Chatbot.Testing;
using Chatbot.Twilio.Simulation;
using Newtonsoft.Json.Linq;

namespace Chatbot.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class SimulatorTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly ChatbotAppFactory app = new(redis, new Dictionary<string, string?> { ["Simulator:Enabled"] = "true" });

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Page_and_assets_are_served()
    {
        var client = app.CreateClient();

        using var page = await client.GetAsync("/simulator");
        using var script = await client.GetAsync("/simulator/assets/app.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Simulator WhatsApp", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task Send_posts_a_signed_webhook_that_lands_in_the_inbox()
    {
        using var response = await app.CreateClient().PostAsJsonAsync("/simulator/api/send", new { phone = "0812-3456-7890", profileName = "Siti", text = "menu" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.Value<int>("httpStatus"));
        Assert.StartsWith("SM", body.Value<string>("messageSid"), StringComparison.Ordinal);
        var entry = Assert.Single(await app.ReadInboxAsync());
        Assert.Equal("+6281234567890", entry.Message.ConversationId);
        Assert.Equal("menu", entry.Message.Text);
        Assert.Equal("Siti", entry.Message.ProfileName);
    }

    [Fact]
    public async Task Uploaded_photo_is_served_back_and_sent_as_media()
    {
        var client = app.CreateClient();
        var bytes = Encoding.ASCII.GetBytes("\x89PNG fake image bytes");
        using var upload = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        upload.Add(file, "file", "ktp.png");

        using var uploaded = await client.PostAsync("/simulator/api/media", upload);
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var media = JObject.Parse(await uploaded.Content.ReadAsStringAsync());
        var url = media.Value<string>("url")!;

        using var served = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes.Length, served.Content.Headers.ContentLength);
        Assert.Equal(bytes, await served.Content.ReadAsByteArrayAsync());

        using var sent = await client.PostAsJsonAsync("/simulator/api/send", new { phone = "+6281234567890", profileName = "Siti", text = "", mediaId = media.Value<string>("id") });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var entry = Assert.Single(await app.ReadInboxAsync());
        var attached = Assert.Single(entry.Message.Media);
        Assert.Equal(url, attached.Url);
        Assert.Equal("image/png", attached.ContentType);
    }

    [Fact]
    public async Task Unknown_media_is_404()
    {
        using var response = await app.CreateClient().GetAsync("/simulator/media/0123456789abcdef0123456789abcdef");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Fake_messages_api_accepts_the_rest_client_and_plays_signed_status_callbacks()
    {
        var message = OutboundMessage.FromBot("+6281234567890", "Halo, ada yang bisa kami bantu?", DateTimeOffset.UtcNow);

        var result = await app.Get<IMessageSender>().SendAsync(message);

        var accepted = Assert.IsType<SendResult.Accepted>(result);
        Assert.Matches("^SM[0-9a-f]{32}$", accepted.ProviderMessageId);
        Assert.Equal(DeliveryStatus.Queued, accepted.Status);
        var deliveries = app.Get<IDeliveryLog>();
        await deliveries.MarkAcceptedAsync(message, accepted.ProviderMessageId, accepted.Status, DateTimeOffset.UtcNow);
        await Eventually.SucceedsAsync(async () => (await deliveries.GetAsync(message.Id))?.Status == DeliveryStatus.Read, what: "the read callback");

        using var changes = await app.CreateClient().GetAsync("/simulator/api/messages?phone=%2B6281234567890&after=0");
        var shown = Assert.Single(JObject.Parse(await changes.Content.ReadAsStringAsync())["messages"]!);
        Assert.Equal("out", shown.Value<string>("direction"));
        Assert.Equal("read", shown.Value<string>("status"));
        Assert.Equal(message.Text, shown.Value<string>("text"));
    }

    [Fact]
    public async Task Fake_messages_api_lists_what_was_created_so_a_restarted_sender_does_not_send_twice()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        var sent = OutboundMessage.FromBot("+6281299990001", "Pesan yang sudah terkirim", DateTimeOffset.UtcNow);
        var notSent = OutboundMessage.FromBot("+6281299990001", "Pesan yang belum pernah dikirim", DateTimeOffset.UtcNow);
        var sender = app.Get<IMessageSender>();
        var accepted = Assert.IsType<SendResult.Accepted>(await sender.SendAsync(sent));

        var found = Assert.IsType<SentLookup.Answered>(await sender.FindSentAsync(sent, before));
        var missing = Assert.IsType<SentLookup.Answered>(await sender.FindSentAsync(notSent, before));

        Assert.Equal([accepted.ProviderMessageId], found.ProviderMessageIds);
        Assert.Empty(missing.ProviderMessageIds);
    }

    [Fact]
    public async Task Fake_messages_api_refuses_wrong_credentials()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/simulator/twilio/2010-04-01/Accounts/{ChatbotAppFactory.AccountSid}/Messages.json")
        {
            Content = new FormUrlEncodedContent([new(SimulationFields.To, "whatsapp:+6281234567890"), new(SimulationFields.From, ChatbotAppFactory.WhatsAppFrom), new(SimulationFields.Body, "x")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(ChatbotAppFactory.AccountSid + ":wrong")));

        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(20003, JObject.Parse(await response.Content.ReadAsStringAsync()).Value<int>("code"));
    }
}
