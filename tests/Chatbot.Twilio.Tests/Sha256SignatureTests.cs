namespace Chatbot.Twilio.Tests;

/// <summary>
/// Webhooks a Twilio Webhooks Rule signs with its SharedKey and HMAC-SHA256 (header X-Twilio-Webhooks-Signature-Settings),
/// checked against Twilio's C# SDK (npm twilio 6.2 has no HMAC-SHA256). The signed text is the same as for HMAC-SHA1.
/// </summary>
public sealed class Sha256SignatureTests(ITestOutputHelper output)
{
    private const int Seed = 20_260_512;
    private const string SharedKey = "webhooks-rule-shared-key-9f3c";
    private const string Settings = "key=KS0123456789abcdef0123456789abcdef,algorithm=HMAC_SHA256";

    [Fact]
    public async Task A_sha256_signature_with_the_shared_key_passes_for_us_and_for_twilios_sdk()
    {
        var generator = new SignatureCaseGenerator(Seed);
        var cases = Enumerable.Range(1, 120).Select(generator.Next).ToList();
        var sdkChecked = 0;
        foreach (var c in cases)
        {
            var signature = TwilioSignature.Compute(SharedKey, c.SignedUrl, c.Form, TwilioSignatureAlgorithm.HmacSha256);
            var result = await SignedRequests.Validator(c, SharedKey).ValidateAsync(await SignedRequests.BuildAsync(c, signature, signatureSettings: Settings));
            Assert.True(result.IsValid, $"{c}: {result.Failure}");
            if (TwilioSdk.Edge(c.SignedUrl, c.SignedUrl, c.Form) is not null) continue;

            // The SDK computes HMAC-SHA256 itself: our signature must be the one it expects for the URL Twilio signed.
            Assert.True(TwilioSdk.Validate(SharedKey, c.SignedUrl, c.Form, signature, Settings), $"{c}: the SDK refuses our HMAC-SHA256");
            Assert.False(TwilioSdk.Validate(SharedKey, c.SignedUrl, c.Form, signature), $"{c}: the SDK took it as HMAC-SHA1");
            sdkChecked++;
        }

        output.WriteLine($"seed {Seed}: {cases.Count} accepted by us, {sdkChecked} of them checked by the SDK");
        Assert.True(sdkChecked >= 30, $"only {sdkChecked} cases reached the SDK");
    }

    [Fact]
    public async Task Without_the_settings_header_only_the_auth_tokens_sha1_passes()
    {
        var c = new SignatureCaseGenerator(Seed).Next(1);
        var sha1 = TwilioSignature.Compute(c.AuthToken, c.SignedUrl, c.Form);
        var sha256 = TwilioSignature.Compute(SharedKey, c.SignedUrl, c.Form, TwilioSignatureAlgorithm.HmacSha256);

        Assert.True((await ValidateAsync(c, sha1, settings: null)).IsValid);
        Assert.False((await ValidateAsync(c, sha256, settings: null)).IsValid);
        // The auth token's SHA-1 signature sent under a header that promises the shared key's SHA-256.
        Assert.False((await ValidateAsync(c, sha1, Settings)).IsValid);
        // HMAC-SHA256 with the auth token instead of the shared key.
        Assert.False((await ValidateAsync(c, TwilioSignature.Compute(c.AuthToken, c.SignedUrl, c.Form, TwilioSignatureAlgorithm.HmacSha256), Settings)).IsValid);
    }

    [Theory]
    [InlineData("key=KS1,algorithm=HMAC_MD5", "unsupported algorithm")]
    [InlineData("key=KS1", "names no algorithm")]
    [InlineData("algorithm=hmac_sha256", "unsupported algorithm")]
    public async Task A_settings_header_we_cannot_follow_is_refused_with_the_reason(string settings, string reason)
    {
        var c = new SignatureCaseGenerator(Seed).Next(2);
        var signature = TwilioSignature.Compute(SharedKey, c.SignedUrl, c.Form, TwilioSignatureAlgorithm.HmacSha256);
        var result = await ValidateAsync(c, signature, settings);
        Assert.False(result.IsValid);
        Assert.Contains(reason, result.Failure);
    }

    [Fact]
    public async Task A_shared_key_signature_without_a_configured_shared_key_is_refused_naming_the_option()
    {
        var c = new SignatureCaseGenerator(Seed).Next(3);
        var signature = TwilioSignature.Compute(SharedKey, c.SignedUrl, c.Form, TwilioSignatureAlgorithm.HmacSha256);
        var result = await SignedRequests.Validator(c).ValidateAsync(await SignedRequests.BuildAsync(c, signature, signatureSettings: Settings));
        Assert.False(result.IsValid);
        Assert.Contains("Twilio:WebhookSharedKey", result.Failure);
    }

    private static async Task<TwilioRequestValidation> ValidateAsync(SignatureCase c, string signature, string? settings) =>
        await SignedRequests.Validator(c, SharedKey).ValidateAsync(await SignedRequests.BuildAsync(c, signature, signatureSettings: settings));
}
