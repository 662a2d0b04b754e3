using System.Net;
using Chatbot.Core.Messaging;
using Chatbot.Testing;

namespace Chatbot.Twilio.Tests;

/// <summary>
/// Every request shape the client can send, checked by Prism against Twilio's own OpenAPI description: a 422 means
/// Twilio would refuse it.
/// </summary>
[Collection(PrismCollection.Name)]
public sealed class MessagesClientContractTests(PrismFixture prism, ITestOutputHelper output)
{
    public static TheoryData<string, bool> Shapes()
    {
        var data = new TheoryData<string, bool>();
        foreach (var (name, _) in OutboundMessages.All())
        {
            data.Add(name, true);
            data.Add(name, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Twilios_schema_accepts_what_we_send(string shape, bool withStatusCallback)
    {
        var message = OutboundMessages.All().Single(m => m.Name == shape).Message;
        var options = TestOptions.Create(prism.BaseUrl, withStatusCallback ? "https://adminduk.example.go.id" : null);
        using var http = new HttpClient();
        var client = new TwilioMessagesClient(http, TestOptions.Wrap(options), TimeProvider.System);

        var result = await client.SendAsync(message);

        output.WriteLine($"{shape}: {result}");
        var accepted = Assert.IsType<SendResult.Accepted>(result);
        Assert.StartsWith("SM", accepted.ProviderMessageId, StringComparison.Ordinal);
        Assert.Equal(DeliveryStatus.Queued, accepted.Status);
    }

    [Fact]
    public async Task The_oracle_refuses_a_request_without_To()
    {
        using var http = new HttpClient();
        var fields = TwilioMessageForm.Fields(OutboundMessages.Text(), TestOptions.Create()).Where(f => f.Key != "To");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{prism.BaseUrl}/2010-04-01/Accounts/{TestOptions.AccountSid}/Messages.json")
        {
            Content = new FormUrlEncodedContent(fields),
        };
        request.Headers.Authorization = new("Basic", Convert.ToBase64String("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:token"u8.ToArray()));

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        output.WriteLine(body);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("To", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_oracle_checks_media_urls_too()
    {
        using var http = new HttpClient();
        var client = new TwilioMessagesClient(http, TestOptions.Wrap(TestOptions.Create(prism.BaseUrl)), TimeProvider.System);

        var result = await client.SendAsync(OutboundMessages.Media("bukan sebuah url"));

        output.WriteLine(result.ToString());
        Assert.Contains("MediaUrl", Assert.IsType<SendResult.Permanent>(result).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_client_reports_prisms_refusal_as_permanent_with_the_reason()
    {
        // A ContentSid that does not match Twilio's pattern (^HX + 32 hex) is refused by the schema.
        var message = OutboundMessages.Template() with { Template = new TemplateContent("HXnot-a-sid", new Dictionary<string, string>()) };
        using var http = new HttpClient();
        var client = new TwilioMessagesClient(http, TestOptions.Wrap(TestOptions.Create(prism.BaseUrl)), TimeProvider.System);

        var result = await client.SendAsync(message);

        output.WriteLine(result.ToString());
        var permanent = Assert.IsType<SendResult.Permanent>(result);
        Assert.Contains("422", permanent.Reason, StringComparison.Ordinal);
    }
}
