using Chatbot.Testing;

namespace Chatbot.Twilio.Tests;

/// <summary>
/// Twilio's C# SDK as the second oracle: on the generated webhooks it accepts what npm twilio signed, against the URL
/// our validator rebuilt, except at three documented edges, where it refuses a genuine request and we keep npm
/// twilio's answer (accept). Each edge has its own test below.
/// </summary>
public sealed class SdkOracleTests(ITestOutputHelper output)
{
    private const int Seed = 20_260_424;

    [Fact]
    public async Task Twilios_sdk_accepts_what_twilio_signed_against_the_url_we_rebuilt_outside_the_documented_edges()
    {
        var generator = new SignatureCaseGenerator(Seed);
        var cases = Enumerable.Range(1, 240).Select(generator.Next).ToList();
        var signatures = await TwilioOracle.SignAsync(cases.Select(c => TwilioOracleRequest.Sign(c.AuthToken, c.SignedUrl, c.Form)).ToList());

        var failures = new List<string>();
        var edges = new Dictionary<string, int>();
        var checkedBySdk = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            var ours = await SignedRequests.Validator(c).ValidateAsync(await SignedRequests.BuildAsync(c, signatures[i]));
            if (!ours.IsValid) failures.Add($"{c}: we refused ({ours.Failure})");

            var edge = TwilioSdk.Edge(c.SignedUrl, ours.SignedUrl, c.Form);
            if (edge is not null)
            {
                edges[edge] = edges.GetValueOrDefault(edge) + 1;
                continue;
            }

            checkedBySdk++;
            if (!TwilioSdk.Validate(c.AuthToken, ours.SignedUrl, c.Form, signatures[i]))
                failures.Add($"{c}: the SDK refuses {ours.SignedUrl}");
        }

        output.WriteLine($"seed {Seed}: {checkedBySdk} checked by the SDK; left to the edge tests: " +
                         string.Join(", ", edges.Select(e => $"{e.Key} {e.Value}")));
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(15)));
        Assert.True(checkedBySdk >= 60, $"only {checkedBySdk} cases reached the SDK: the generator no longer exercises it");
    }

    [Fact]
    public async Task Default_port_twilio_signed_without_it_and_the_host_header_names_it_we_accept_the_sdk_refuses()
    {
        var (npm, sdk, ours) = await AskAllAsync("https://bot.example.go.id/twilio/whatsapp", "https://bot.example.go.id:443/twilio/whatsapp", Form);
        // npm twilio tries the URL without its port: so do we. The SDK's RemovePort keeps ":443" here.
        Assert.True(npm);
        Assert.True(ours);
        Assert.False(sdk);
    }

    [Theory]
    [InlineData("?q=%7E")]   // Uri unescapes %7E to ~
    [InlineData("?q=a|b")]   // Uri escapes | to %7C
    [InlineData("?q=Crème")] // Uri escapes é to %C3%A8
    public async Task Characters_the_sdks_uri_rewrites_with_the_port_twilio_signed_we_accept_the_sdk_refuses(string query)
    {
        var signed = "https://bot.example.go.id:443/twilio/whatsapp" + query;
        var (npm, sdk, ours) = await AskAllAsync(signed, "https://bot.example.go.id/twilio/whatsapp" + query, Form);
        // We check the exact characters Twilio signed (the raw request target); the SDK rebuilds the URL through UriBuilder.
        Assert.True(npm);
        Assert.True(ours);
        Assert.False(sdk);
    }

    [Fact]
    public async Task Repeated_keys_each_distinct_value_sorted_we_accept_the_sdk_joins_them_and_refuses()
    {
        const string url = "https://bot.example.go.id/twilio/whatsapp";
        KeyValuePair<string, string>[] form = [.. Form, new("Tag", "b"), new("Tag", "a"), new("Tag", "b")];
        var signature = (await TwilioOracle.SignAsync([TwilioOracleRequest.Sign(TestOptions.AuthToken, url, form)]))[0];

        Assert.True(TwilioSignature.IsValid(signature, TestOptions.AuthToken, url, form));
        // The SDK takes one value per key; a NameValueCollection joins them ("b,a,b"), which Twilio did not sign.
        var joined = new System.Collections.Specialized.NameValueCollection();
        foreach (var (key, value) in form) joined.Add(key, value);
        Assert.False(new global::Twilio.Security.RequestValidator(TestOptions.AuthToken).Validate(url, joined, signature));
    }

    private static readonly KeyValuePair<string, string>[] Form =
    [
        new("MessageSid", "SM0123456789abcdef0123456789abcdef"),
        new("From", "whatsapp:+6281234567890"),
        new("Body", "Halo 🙏"),
    ];

    /// <summary>npm twilio's and the SDK's verdict on the URL seen, and ours (which also tries the URL without its port).</summary>
    private static async Task<(bool Npm, bool Sdk, bool Ours)> AskAllAsync(string signedUrl, string seenUrl, IReadOnlyList<KeyValuePair<string, string>> form)
    {
        var signature = (await TwilioOracle.SignAsync([TwilioOracleRequest.Sign(TestOptions.AuthToken, signedUrl, form)]))[0];
        var npm = (await TwilioOracle.ValidateAsync([TwilioOracleRequest.Validate(TestOptions.AuthToken, signature, seenUrl, form)]))[0];
        return (npm, TwilioSdk.Validate(TestOptions.AuthToken, seenUrl, form, signature), TwilioSignature.IsValid(signature, TestOptions.AuthToken, seenUrl, form));
    }
}
