using System.Net;
using Chatbot.Testing;
using Chatbot.Twilio;

namespace Chatbot.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class WhatsAppWebhookTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly ChatbotAppFactory app = new(redis);

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Signed_message_is_answered_with_empty_twiml_and_stored_once()
    {
        var message = SignedRequests.Citizen(text: "Saya mau urus KTP");

        using var response = await app.CreateClient().SendAsync(SignedRequests.Inbound(message));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TwiML.EmptyResponse, await response.Content.ReadAsStringAsync());
        var entry = Assert.Single(await app.ReadInboxAsync());
        Assert.Equal(message.MessageSid, entry.Message.MessageId);
        Assert.Equal("+6281234567890", entry.Message.ConversationId);
        Assert.Equal("Saya mau urus KTP", entry.Message.Text);
        Assert.Equal("Budi Santoso", entry.Message.ProfileName);
    }

    [Fact]
    public async Task Message_signed_by_twilios_own_library_is_accepted()
    {
        var form = SignedRequests.InboundForm(SignedRequests.Citizen());
        var signature = (await TwilioOracle.SignAsync([TwilioOracleRequest.Sign(ChatbotAppFactory.AuthToken, ChatbotAppFactory.PublicBaseUrl + TwilioPaths.WhatsAppWebhook, form)]))[0];

        using var response = await app.CreateClient().SendAsync(SignedRequests.Post(TwilioPaths.WhatsAppWebhook, form, signature));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await app.ReadInboxAsync());
    }

    [Fact]
    public async Task Forged_signature_is_refused_and_nothing_is_stored()
    {
        var form = SignedRequests.InboundForm(SignedRequests.Citizen());
        var forged = TwilioSignature.Compute("not-the-auth-token", ChatbotAppFactory.PublicBaseUrl + TwilioPaths.WhatsAppWebhook, form);

        using var response = await app.CreateClient().SendAsync(SignedRequests.Post(TwilioPaths.WhatsAppWebhook, form, forged));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await app.ReadInboxAsync());
    }

    [Fact]
    public async Task Missing_signature_is_refused_and_nothing_is_stored()
    {
        var form = SignedRequests.InboundForm(SignedRequests.Citizen());

        using var response = await app.CreateClient().SendAsync(SignedRequests.Post(TwilioPaths.WhatsAppWebhook, form, signature: null));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await app.ReadInboxAsync());
    }

    [Fact]
    public async Task Tampered_body_is_refused()
    {
        var form = SignedRequests.InboundForm(SignedRequests.Citizen(text: "halo"));
        var signature = SignedRequests.Sign(TwilioPaths.WhatsAppWebhook, form);
        var tampered = form.Select(p => p.Key == TwilioFields.Body ? new KeyValuePair<string, string>(p.Key, "ganti") : p).ToList();

        using var response = await app.CreateClient().SendAsync(SignedRequests.Post(TwilioPaths.WhatsAppWebhook, tampered, signature));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await app.ReadInboxAsync());
    }

    [Fact]
    public async Task Same_message_sid_twice_is_answered_twice_and_stored_once()
    {
        var message = SignedRequests.Citizen();
        var client = app.CreateClient();

        using var first = await client.SendAsync(SignedRequests.Inbound(message));
        using var second = await client.SendAsync(SignedRequests.Inbound(message));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(await app.ReadInboxAsync());
    }

    [Fact]
    public async Task Signed_form_without_message_sid_is_a_bad_request()
    {
        var form = SignedRequests.InboundForm(SignedRequests.Citizen())
            .Where(p => p.Key is not (TwilioFields.MessageSid)).ToList();

        using var response = await app.CreateClient().SendAsync(SignedRequests.Post(TwilioPaths.WhatsAppWebhook, form));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await app.ReadInboxAsync());
    }

    [Fact]
    public async Task Signed_form_without_sender_is_a_bad_request()
    {
        var form = SignedRequests.InboundForm(SignedRequests.Citizen())
            .Where(p => p.Key is not (TwilioFields.From or TwilioFields.WaId)).ToList();

        using var response = await app.CreateClient().SendAsync(SignedRequests.Post(TwilioPaths.WhatsAppWebhook, form));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Body_over_64_KB_is_refused_without_a_server_error()
    {
        var message = SignedRequests.Citizen(text: new string('a', 70 * 1024));

        using var response = await app.CreateClient().SendAsync(SignedRequests.Inbound(message));

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Empty(await app.ReadInboxAsync());
    }

    [Fact]
    public async Task Redis_down_is_a_503_so_that_twilio_retries()
    {
        var client = app.CreateClient();
        using (var warm = await client.GetAsync("/readyz")) Assert.Equal(HttpStatusCode.OK, warm.StatusCode);

        await redis.StopAsync();
        try
        {
            using var response = await client.SendAsync(SignedRequests.Inbound(SignedRequests.Citizen()));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            using var ready = await client.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }
        finally
        {
            await redis.StartAsync();
        }

        await Eventually.SucceedsAsync(async () =>
        {
            using var ready = await client.GetAsync("/readyz");
            return ready.StatusCode == HttpStatusCode.OK;
        }, TimeSpan.FromSeconds(30));
        using var again = await client.SendAsync(SignedRequests.Inbound(SignedRequests.Citizen()));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }
}
