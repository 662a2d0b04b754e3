using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace Chatbot.Twilio.Tests;

/// <summary>
/// How the list call finds a message Twilio already created, and how its failures are reported, against a local
/// stand-in for the API.
/// </summary>
public sealed class MessagesListTests
{
    private const string Citizen = "whatsapp:+6281234567890";
    private const string Sender = "whatsapp:+14155238886";
    private static readonly DateTimeOffset Since = new(2026, 4, 24, 10, 0, 0, TimeSpan.Zero);

    private static JObject Listed(string sid, string? body, string to = Citizen, int media = 0, string direction = "outbound-api", DateTimeOffset? created = null) => new()
    {
        ["sid"] = sid,
        ["to"] = to,
        ["from"] = Sender,
        ["body"] = body,
        ["num_media"] = media.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["direction"] = direction,
        ["status"] = "delivered",
        ["date_created"] = (created ?? Since.AddSeconds(5)).ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Func<HttpContext, Task> Page(string? nextPageUri, params JObject[] messages) => context =>
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(new JObject { ["messages"] = new JArray(messages.Cast<object>().ToArray()), ["next_page_uri"] = nextPageUri, ["page"] = 0 }.ToString());
    };

    private static async Task<(SentLookup Lookup, IReadOnlyList<SinkRequest> Requests)> FindThrough(Func<HttpContext, Task> answer, OutboundMessage? message = null, int timeoutSeconds = 15)
    {
        await using var sink = await LocalHttpSink.StartAsync(answer);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(timeoutSeconds) };
        var client = new TwilioMessagesClient(http, TestOptions.Wrap(TestOptions.Create(sink.BaseUrl)), TimeProvider.System);
        var lookup = await client.FindSentAsync(message ?? OutboundMessages.Text("Pilih layanan:"), Since);
        return (lookup, sink.Requests.ToList());
    }

    [Fact]
    public async Task The_query_asks_for_the_citizens_messages_from_our_sender_since_the_attempt_less_the_clock_skew()
    {
        var (_, requests) = await FindThrough(Page(null));

        var request = Assert.Single(requests);
        Assert.Equal("GET", request.Method);
        Assert.StartsWith($"/2010-04-01/Accounts/{TestOptions.AccountSid}/Messages.json?", request.PathAndQuery, StringComparison.Ordinal);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + request.PathAndQuery).Query);
        Assert.Equal(Citizen, query["To"]);
        Assert.Equal(Sender, query["From"]);
        Assert.Equal("2026-04-24T09:59:00Z", query["DateSent>"]);
        Assert.Contains("DateSent%3E=", request.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(TestOptions.AccountSid + ":" + TestOptions.AuthToken)), request.Authorization);
    }

    [Fact]
    public async Task A_message_with_the_same_text_to_the_same_citizen_is_found_and_others_are_not()
    {
        var (lookup, _) = await FindThrough(Page(null,
            Listed("SM00000000000000000000000000000001", "Menu utama"),
            Listed("SM00000000000000000000000000000002", "Pilih layanan:"),
            Listed("SM00000000000000000000000000000003", "Pilih layanan:", to: "whatsapp:+6289999999999"),
            Listed("SM00000000000000000000000000000004", "Pilih layanan:", direction: "inbound"),
            Listed("SM00000000000000000000000000000005", "Pilih layanan:", media: 1)));

        Assert.Equal(["SM00000000000000000000000000000002"], Assert.IsType<SentLookup.Answered>(lookup).ProviderMessageIds);
    }

    [Fact]
    public async Task Media_must_match_in_number()
    {
        var message = OutboundMessages.TextAndMedia();
        var (lookup, _) = await FindThrough(Page(null,
            Listed("SM00000000000000000000000000000001", message.Text, media: 1),
            Listed("SM00000000000000000000000000000002", message.Text, media: 2)), message);

        Assert.Equal(["SM00000000000000000000000000000002"], Assert.IsType<SentLookup.Answered>(lookup).ProviderMessageIds);
    }

    [Fact]
    public async Task A_template_matches_an_outbound_message_created_since_the_first_attempt()
    {
        var (lookup, _) = await FindThrough(Page(null,
            Listed("SM00000000000000000000000000000001", "Halo Budi Santoso, e-KTP Anda siap", created: Since.AddSeconds(2)),
            Listed("SM00000000000000000000000000000002", "Pesan sebelumnya", created: Since.AddSeconds(-30))), OutboundMessages.Template());

        Assert.Equal(["SM00000000000000000000000000000001"], Assert.IsType<SentLookup.Answered>(lookup).ProviderMessageIds);
    }

    [Fact]
    public async Task Nothing_listed_is_an_answer_too()
    {
        var (lookup, _) = await FindThrough(Page(null));

        Assert.Empty(Assert.IsType<SentLookup.Answered>(lookup).ProviderMessageIds);
    }

    [Fact]
    public async Task The_next_page_is_followed_on_our_account_only()
    {
        var calls = 0;
        var (lookup, requests) = await FindThrough(context => ++calls switch
        {
            1 => Page($"/2010-04-01/Accounts/{TestOptions.AccountSid}/Messages.json?To=x&PageSize=50&Page=1&PageToken=PA1",
                Listed("SM00000000000000000000000000000001", "lain"))(context),
            2 => Page("https://elsewhere.invalid/steal", Listed("SM00000000000000000000000000000002", "Pilih layanan:"))(context),
            _ => Page(null, Listed("SM00000000000000000000000000000003", "Pilih layanan:"))(context),
        });

        Assert.Equal(2, requests.Count);
        Assert.Contains("PageToken=PA1", requests[1].PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(["SM00000000000000000000000000000002"], Assert.IsType<SentLookup.Answered>(lookup).ProviderMessageIds);
    }

    [Fact]
    public async Task A_429_is_unavailable_and_says_when_to_ask_again()
    {
        var (lookup, _) = await FindThrough(async context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "3";
            await context.Response.WriteAsync("""{"code": 20429, "message": "Too Many Requests", "status": 429}""");
        });

        var unavailable = Assert.IsType<SentLookup.Unavailable>(lookup);
        Assert.Equal(TimeSpan.FromSeconds(3), unavailable.RetryAfter);
        Assert.Contains("20429", unavailable.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_500_a_refusal_or_a_body_that_is_not_a_list_is_unavailable()
    {
        var (error, _) = await FindThrough(context => { context.Response.StatusCode = 500; return Task.CompletedTask; });
        var (refused, _) = await FindThrough(async context =>
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync("""{"code": 20003, "message": "Authenticate", "status": 401}""");
        });
        var (garbage, _) = await FindThrough(context => context.Response.WriteAsync("<html>proxy</html>"));

        Assert.Contains("500", Assert.IsType<SentLookup.Unavailable>(error).Reason, StringComparison.Ordinal);
        Assert.Contains("20003", Assert.IsType<SentLookup.Unavailable>(refused).Reason, StringComparison.Ordinal);
        Assert.Contains("without a list", Assert.IsType<SentLookup.Unavailable>(garbage).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_that_does_not_answer_in_time_is_unavailable()
    {
        var (lookup, _) = await FindThrough(async context => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted), timeoutSeconds: 1);

        Assert.Contains("did not answer", Assert.IsType<SentLookup.Unavailable>(lookup).Reason, StringComparison.Ordinal);
    }
}
