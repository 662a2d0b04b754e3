using Chatbot.Core.Cases;
using Chatbot.Core.Conversations;
using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Chatbot.Testing;
using Chatbot.Twilio;
using Microsoft.Extensions.DependencyInjection;

namespace Chatbot.Web.Tests.EndToEnd;

/// <summary>
/// The whole path with real parts: signed webhook POSTs → inbox → bot turns → case in Redis → outbox → the real
/// Twilio REST client → Prism serving Twilio's OpenAPI description (a request Twilio would refuse gets 422 there).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CitizenJourneyTests(RedisServerFixture redis, PrismFixture prism) : IClassFixture<PrismFixture>
{
    private const string Phone = "+6281234567890";

    [Fact]
    public async Task A_report_of_recording_becomes_a_case_and_every_reply_is_accepted_by_Twilio()
    {
        await using var app = new ChatbotAppFactory(
            redis,
            new Dictionary<string, string?>
            {
                ["Workers:Enabled"] = "true",
                ["Twilio:ApiBaseUrl"] = prism.BaseUrl,
            },
            services => services.AddHttpClient<TwilioMessagesClient>().ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler()));
        using var client = app.CreateClient();

        string[] answers = ["halo", "1", "ya", "3672011708900001", "Budi Santoso", "Citangkil", "kemarin", "lewati", "1"];
        foreach (var text in answers)
        {
            var message = SignedRequests.Citizen(Phone, text);
            using var response = await client.SendAsync(SignedRequests.Inbound(message));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            await Eventually.SucceedsAsync(async () => await BotAnsweredAsync(app, message.MessageSid), TimeSpan.FromSeconds(30), $"a reply to '{text}'");
        }

        var cases = await app.Get<ICaseStore>().ListForRequesterAsync(Phone);
        var only = Assert.Single(cases);
        Assert.Equal(CaseStatus.Baru, only.Status);
        Assert.Equal("3672**********01", only.MaskedNik);
        var stored = await app.Get<ICaseStore>().GetAsync(only.Code);
        Assert.Equal("Budi Santoso", stored!.FullName);
        Assert.Equal("citangkil", stored.Fields["kecamatan"]);

        // Every bot reply reached Prism and was accepted as a Twilio Message resource (sid + status).
        var transcript = await app.Get<IConversationStore>().GetTranscriptAsync(Phone, 100);
        var replies = transcript.Where(t => t.Speaker == Speaker.Bot).ToList();
        Assert.True(replies.Count >= answers.Length);
        var log = app.Get<IDeliveryLog>();
        foreach (var reply in replies)
        {
            await Eventually.SucceedsAsync(async () => (await log.GetAsync(reply.MessageId))?.ProviderMessageId is { Length: > 0 }, TimeSpan.FromSeconds(30), $"delivery of '{reply.Text[..Math.Min(30, reply.Text.Length)]}'");
            var record = await log.GetAsync(reply.MessageId);
            Assert.NotEqual(DeliveryStatus.Failed, record!.Status);
            Assert.StartsWith("SM", record.ProviderMessageId);
        }

        Assert.Contains(replies, r => r.Text.Contains(only.Code.ToString(), StringComparison.Ordinal));
    }

    private static async Task<bool> BotAnsweredAsync(ChatbotAppFactory app, string messageSid)
    {
        var transcript = await app.Get<IConversationStore>().GetTranscriptAsync(Phone, 200);
        var index = transcript.ToList().FindIndex(t => t.MessageId == messageSid);
        return index >= 0 && transcript.Skip(index + 1).Any(t => t.Speaker == Speaker.Bot);
    }
}
