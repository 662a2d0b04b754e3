using System.Net;
using Chatbot.Core.Ports;
using Chatbot.Testing;

namespace Chatbot.Twilio.Tests;

/// <summary>
/// The list call that recognises a message Twilio already created ("Read multiple Message resources"), checked by
/// Prism against Twilio's own OpenAPI description: a 422 means Twilio would refuse the query.
/// </summary>
[Collection(PrismCollection.Name)]
public sealed class MessagesListContractTests(PrismFixture prism, ITestOutputHelper output)
{
    private static readonly DateTimeOffset Since = new(2026, 4, 24, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Shapes()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in OutboundMessages.All()) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Twilios_schema_accepts_the_query_we_send(string shape)
    {
        var message = OutboundMessages.All().Single(m => m.Name == shape).Message;
        using var http = new HttpClient();
        var client = new TwilioMessagesClient(http, TestOptions.Wrap(TestOptions.Create(prism.BaseUrl)), TimeProvider.System);

        // The throwing API: Prism's 422 (a query Twilio would refuse) fails the test with its reason.
        var listed = await client.ListMessagesAsync(message, Since);
        var lookup = await client.FindSentAsync(message, Since);

        output.WriteLine($"{shape}: {listed.Count} listed, {lookup}");
        Assert.NotEmpty(listed);
        Assert.All(listed, m => Assert.Matches("^(SM|MM)[0-9a-fA-F]{32}$", m.Sid));
        Assert.IsType<SentLookup.Answered>(lookup);
    }

    /// <summary>Prism checks the query's names, types and bounds (not the format of DateSent&gt;, which Twilio's helper libraries send as ISO 8601).</summary>
    [Theory]
    [InlineData("PageSize=0", "pagesize")]
    [InlineData("PageSize=lots", "pagesize")]
    public async Task The_oracle_refuses_a_query_twilio_would_refuse(string query, string parameter)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{prism.BaseUrl}/2010-04-01/Accounts/{TestOptions.AccountSid}/Messages.json?{query}");
        request.Headers.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(TestOptions.AccountSid + ":" + TestOptions.AuthToken)));

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        output.WriteLine(body);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(parameter, body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_client_reports_prisms_refusal_of_the_list_as_unavailable()
    {
        // An AccountSid that does not match ^AC[0-9a-fA-F]{32}$ is refused by the schema.
        var options = TestOptions.Create(prism.BaseUrl);
        options.AccountSid = "ACnot-an-account";
        using var http = new HttpClient();
        var client = new TwilioMessagesClient(http, TestOptions.Wrap(options), TimeProvider.System);

        var lookup = await client.FindSentAsync(OutboundMessages.Text(), Since);

        output.WriteLine(lookup.ToString());
        Assert.Contains("422", Assert.IsType<SentLookup.Unavailable>(lookup).Reason, StringComparison.Ordinal);
    }
}
