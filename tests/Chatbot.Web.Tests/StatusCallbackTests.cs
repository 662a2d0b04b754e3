using System.Net;
using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Chatbot.Testing;
using Chatbot.Twilio;
using Chatbot.Twilio.Simulation;

namespace Chatbot.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class StatusCallbackTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly ChatbotAppFactory app = new(redis);

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Signed_status_callback_is_recorded_in_the_delivery_log()
    {
        var deliveries = app.Get<IDeliveryLog>();
        var message = OutboundMessage.FromBot("+6281234567890", "Permohonan Anda diterima.", DateTimeOffset.UtcNow);
        var sid = SimulatedSid.Message();
        await deliveries.MarkAcceptedAsync(message, sid, DeliveryStatus.Queued, DateTimeOffset.UtcNow);
        var form = StatusForm(sid, "delivered");

        using var response = await app.CreateClient().SendAsync(SignedRequests.Post(TwilioPaths.StatusCallback, form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TwiML.EmptyResponse, await response.Content.ReadAsStringAsync());
        var record = await deliveries.GetAsync(message.Id);
        Assert.Equal(DeliveryStatus.Delivered, record?.Status);
    }

    [Fact]
    public async Task Unsigned_status_callback_is_refused()
    {
        using var response = await app.CreateClient().SendAsync(SignedRequests.Post(TwilioPaths.StatusCallback, StatusForm(SimulatedSid.Message(), "read"), signature: null));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_status_word_is_a_bad_request()
    {
        using var response = await app.CreateClient().SendAsync(SignedRequests.Post(TwilioPaths.StatusCallback, StatusForm(SimulatedSid.Message(), "teleported")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Redis_down_is_a_503_so_that_twilio_reports_again()
    {
        var client = app.CreateClient();
        using (var warm = await client.GetAsync("/readyz")) Assert.Equal(HttpStatusCode.OK, warm.StatusCode);

        await redis.StopAsync();
        try
        {
            using var response = await client.SendAsync(SignedRequests.Post(TwilioPaths.StatusCallback, StatusForm(SimulatedSid.Message(), "delivered")));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }
        finally
        {
            await redis.StartAsync();
        }
    }

    private static List<KeyValuePair<string, string>> StatusForm(string sid, string status)
    {
        var request = new SimulatedMessageRequest("whatsapp:+6281234567890", ChatbotAppFactory.WhatsAppFrom, null, "x", [], null, null, null);
        return SimulatedStatusCallback.Form(sid, status, request, SignedRequests.Options).ToList();
    }
}
