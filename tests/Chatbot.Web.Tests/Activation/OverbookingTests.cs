using System.Globalization;
using System.Net;
using Chatbot.Core.Activation;
using Chatbot.Core.Conversations;
using Chatbot.Core.Ports;
using Chatbot.Dialogs.Catalog;
using Chatbot.Testing;
using Chatbot.Twilio.Simulation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit.Abstractions;

namespace Chatbot.Web.Tests.Activation;

/// <summary>
/// The acceptance test of issue 5: 1,000 citizens talk to the service through the signed WhatsApp webhook up to the
/// confirmation of the same 50-seat session (dialogs/transcripts/ikd-booking.transcript), then all 1,000 confirm at
/// once. Exactly 50 get a booking code, the 950 others are told the session is full and offered the other session,
/// every message is answered, and the session holds exactly 50.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class OverbookingTests(RedisServerFixture redis, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Citizens = 1000;
    private const int Seats = 50;
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(90);

    private readonly CitizenPhones phones = new();
    private ChatbotAppFactory app = null!;

    public async Task InitializeAsync()
    {
        await redis.StartAsync();
        app = new ChatbotAppFactory(
            redis,
            new Dictionary<string, string?>
            {
                ["Workers:Enabled"] = "true",
                ["Workers:PollMilliseconds"] = "50",
                ["Workers:BatchSize"] = "50",
                ["Twilio:MaxMessagesPerSecond"] = "1000000",
                ["Activation:RemindersEnabled"] = "false",
                ["Routing:Enabled"] = "false",
            },
            services => services.Replace(ServiceDescriptor.Singleton<IMessageSender>(phones)));
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_thousand_citizens_confirming_fifty_seats_at_once_get_fifty_bookings()
    {
        var started = DateTimeOffset.UtcNow;
        var target = await IkdTestData.SessionAsync(app, days: 2, officers: 1, perOfficer: Seats); // 08:00–12:00
        var other = await OtherSessionAsync(target);
        using var client = app.CreateClient();
        var citizens = Enumerable.Range(1, Citizens).Select(i => new Citizen(
            "+62857" + (1000000 + i).ToString(CultureInfo.InvariantCulture), IkdTestData.Nik(i), "Warga " + Letters(i))).ToList();

        // Up to the confirmation, each citizen at their own pace: the next message once the bot has answered the last.
        await Task.WhenAll(citizens.Select(c => c.TalkAsync(this, client, ["halo", "2", "1", "ya", "ya", "ya", "setuju", c.Nik, c.Name, "Ciwandan", "1", "1"])));
        output.WriteLine($"{Citizens} citizens at the confirmation after {DateTimeOffset.UtcNow - started:g}");
        foreach (var citizen in citizens)
        {
            var transcript = await app.Get<IConversationStore>().GetTranscriptAsync(citizen.Phone, 200);
            Assert.Contains(transcript.Where(t => t.Speaker == Speaker.Bot), t => t.Text.Contains("pesan jadwal ini", StringComparison.Ordinal));
        }

        // All confirm at once.
        var confirmations = citizens.Select(c => c.Message("1")).ToList();
        var accepted = await Task.WhenAll(confirmations.Select(async m =>
        {
            using var response = await client.SendAsync(SignedRequests.Inbound(m));
            return response.StatusCode;
        }));
        Assert.All(accepted, status => Assert.Equal(HttpStatusCode.OK, status));
        await Task.WhenAll(citizens.Zip(confirmations).Select(pair => WaitAnsweredAsync(pair.First.Phone, pair.Second.MessageSid)));
        await Task.WhenAll(citizens.Select(c => WaitAllSentAsync(c.Phone)));
        output.WriteLine($"all answered after {DateTimeOffset.UtcNow - started:g}; {phones.Total} messages sent");

        // The store: exactly 50 seats taken, by 50 distinct citizens; nobody fell through to the other session.
        var booked = (await app.Get<IActivationBookings>().ListForSessionAsync(target.Id)).Where(b => b.Status == BookingStatus.Booked).ToList();
        Assert.Equal(Seats, booked.Count);
        Assert.Equal(Seats, booked.Select(b => b.Nik.Value).Distinct().Count());
        Assert.Equal(Seats, (await app.Get<IActivationSessions>().GetAsync(target.Id))!.Taken);
        Assert.Equal(0, (await app.Get<IActivationSessions>().GetAsync(other.Id))!.Taken);

        // What the citizens were actually sent, in answer to their confirmation.
        var full = app.Get<DialogCatalog>().Text("id", "ikd.full");
        var codes = booked.ToDictionary(b => b.Phone, b => b.Code.ToString());
        var confirmed = 0;
        var toldFull = 0;
        foreach (var citizen in citizens)
        {
            var answer = await AnswerToAsync(citizen.Phone, confirmations[citizens.IndexOf(citizen)].MessageSid);
            if (codes.TryGetValue(citizen.Phone, out var code))
            {
                Assert.Contains(answer, t => t.Contains(code, StringComparison.Ordinal) && t.Contains("sudah dipesan", StringComparison.Ordinal));
                confirmed++;
            }
            else
            {
                Assert.Contains(full, answer);
                Assert.Contains(answer, t => t.Contains("13.00–15.00", StringComparison.Ordinal)); // the other session offered
                Assert.DoesNotContain(answer, t => t.Contains("IKD-", StringComparison.Ordinal));
                toldFull++;
            }
        }

        Assert.Equal((Seats, Citizens - Seats), (confirmed, toldFull));
        Assert.Empty(await app.ReadInboxAsync());
        output.WriteLine($"done after {DateTimeOffset.UtcNow - started:g}");
    }

    /// <summary>A name of letters only (a name with digits is refused): 1 → "Ab", 2 → "Ac", …</summary>
    private static string Letters(int number)
    {
        var letters = new System.Text.StringBuilder();
        for (var n = number; n > 0; n /= 26) letters.Insert(0, (char)('a' + n % 26));
        return "A" + letters;
    }

    private async Task<ActivationSession> OtherSessionAsync(ActivationSession target)
    {
        var other = target with
        {
            Id = ActivationSession.NewId(),
            StartsAt = new DateTimeOffset(target.StartsAt.Date.AddHours(13), target.StartsAt.Offset),
            EndsAt = new DateTimeOffset(target.StartsAt.Date.AddHours(15), target.StartsAt.Offset),
            Officers = Enumerable.Range(1, 30).Select(i => "petugas" + i).ToList(),
            Place = "Aula Kecamatan Ciwandan",
        };
        await app.Get<IActivationSessions>().CreateAsync(other);
        return other;
    }

    /// <summary>Waits until the conversation's transcript has the bot's answer to <paramref name="messageSid"/>, woken by each message the phone receives.</summary>
    private async Task WaitAnsweredAsync(string phone, string messageSid)
    {
        var deadline = DateTimeOffset.UtcNow + StepTimeout;
        while (true)
        {
            var seen = phones.Received(phone).Count;
            if ((await AnswerToAsync(phone, messageSid)).Count > 0) return;
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"No answer to {messageSid} of {phone}.");
            await phones.WaitForMoreAsync(phone, seen, TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Every bot line of the transcript was handed to the phone (none lost between the turn and the sender).</summary>
    private async Task WaitAllSentAsync(string phone)
    {
        var deadline = DateTimeOffset.UtcNow + StepTimeout;
        while (true)
        {
            var seen = phones.Received(phone).Count;
            var transcript = await app.Get<IConversationStore>().GetTranscriptAsync(phone, 200);
            if (seen == transcript.Count(t => t.Speaker == Speaker.Bot)) return;
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"{phone}: {seen} sent of {transcript.Count(t => t.Speaker == Speaker.Bot)}.");
            await phones.WaitForMoreAsync(phone, seen, TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>The bot's lines after the citizen's message <paramref name="messageSid"/>, up to the citizen's next one.</summary>
    private async Task<List<string>> AnswerToAsync(string phone, string messageSid)
    {
        var transcript = (await app.Get<IConversationStore>().GetTranscriptAsync(phone, 200)).ToList();
        var index = transcript.FindIndex(t => t.MessageId == messageSid);
        return index < 0 ? [] : transcript.Skip(index + 1).TakeWhile(t => t.Speaker == Speaker.Bot).Select(t => t.Text).ToList();
    }

    private sealed record Citizen(string Phone, string Nik, string Name)
    {
        public SimulatedCitizenMessage Message(string text) => SignedRequests.Citizen(Phone, text);

        public async Task TalkAsync(OverbookingTests test, HttpClient client, IReadOnlyList<string> texts)
        {
            foreach (var text in texts)
            {
                var message = Message(text);
                using (var response = await client.SendAsync(SignedRequests.Inbound(message)))
                {
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                }

                await test.WaitAnsweredAsync(Phone, message.MessageSid);
            }
        }
    }
}
