using Chatbot.Testing;

namespace Chatbot.Twilio.Tests;

/// <summary>
/// Our signature code against Twilio's own (npm twilio, getExpectedTwilioSignature / validateRequest) on a few hundred
/// generated webhook requests. Twilio's package signs; our validator must accept exactly what it accepts.
/// </summary>
public sealed class SignatureOracleTests(ITestOutputHelper output)
{
    private const int Seed = 20_260_424;
    private const int CaseCount = 240;

    [Fact]
    public async Task Our_signature_is_twilios_and_our_validator_accepts_what_twilio_signed()
    {
        output.WriteLine($"seed {Seed}, {CaseCount} cases");
        var generator = new SignatureCaseGenerator(Seed);
        var cases = Enumerable.Range(1, CaseCount).Select(generator.Next).ToList();

        var signatures = await TwilioOracle.SignAsync(cases.Select(c => TwilioOracleRequest.Sign(c.AuthToken, c.SignedUrl, c.Form)).ToList());

        var failures = new List<string>();
        var seenUrls = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            var ours = TwilioSignature.Compute(c.AuthToken, c.SignedUrl, c.Form);
            if (ours != signatures[i]) failures.Add($"{c}: ours {ours}, twilio {signatures[i]}");

            var result = await SignedRequests.Validator(c).ValidateAsync(await SignedRequests.BuildAsync(c, signatures[i]));
            seenUrls.Add(result.SignedUrl);
            if (!result.IsValid) failures.Add($"{c}: refused ({result.Failure}) against {result.SignedUrl}");
        }

        // Twilio's validateRequest, given the URL our server reconstructed, must agree that it is valid.
        var twilioAgrees = await TwilioOracle.ValidateAsync(cases.Select((c, i) =>
            TwilioOracleRequest.Validate(c.AuthToken, signatures[i], seenUrls[i], c.Form)).ToList());
        failures.AddRange(cases.Where((_, i) => !twilioAgrees[i]).Select(c => $"{c}: twilio-node refuses the reconstructed URL"));

        Assert.True(failures.Count == 0, $"seed {Seed}: {failures.Count} failures\n" + string.Join('\n', failures.Take(15)));
        output.WriteLine($"{cases.Count(c => c.PublicBaseUrl is not null)} behind a proxy, {cases.Count(c => c.Form.GroupBy(f => f.Key).Any(g => g.Count() > 1))} with repeated keys");
    }

    [Fact]
    public async Task Forged_signatures_wrong_tokens_and_tampered_forms_fail_for_us_and_for_twilio()
    {
        output.WriteLine($"seed {Seed + 1}");
        var generator = new SignatureCaseGenerator(Seed + 1);
        var cases = Enumerable.Range(1, 90).Select(generator.Next).ToList();
        var signatures = await TwilioOracle.SignAsync(cases.Select(c => TwilioOracleRequest.Sign(c.AuthToken, c.SignedUrl, c.Form)).ToList());

        var attacks = cases.Select((c, i) => (i % 3) switch
        {
            // A signature of the right shape that Twilio never made.
            0 => (Name: "forged", Case: c, Signature: Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20)), Form: c.Form),
            // Signed by someone who knows everything but the token.
            1 => (Name: "wrong token", Case: c with { AuthToken = c.AuthToken + "x" }, Signature: signatures[i], Form: c.Form),
            // The right signature, but a field changed on the way.
            _ => (Name: "tampered", Case: c, Signature: signatures[i], Form: Tamper(c.Form)),
        }).ToList();

        var twilio = await TwilioOracle.ValidateAsync(attacks.Select(a =>
            TwilioOracleRequest.Validate(a.Case.AuthToken, a.Signature, a.Case.SignedUrl, a.Form)).ToList());

        for (var i = 0; i < attacks.Count; i++)
        {
            var a = attacks[i];
            var result = await SignedRequests.Validator(a.Case).ValidateAsync(await SignedRequests.BuildAsync(a.Case, a.Signature, a.Form));
            Assert.False(twilio[i], $"{a.Name} {a.Case}: twilio-node accepted it");
            Assert.False(result.IsValid, $"{a.Name} {a.Case}: we accepted it");
        }
    }

    [Fact]
    public async Task A_missing_signature_header_is_refused()
    {
        var c = new SignatureCaseGenerator(Seed).Next(1);
        var result = await SignedRequests.Validator(c).ValidateAsync(await SignedRequests.BuildAsync(c, string.Empty));
        Assert.False(result.IsValid);
        Assert.Contains(TwilioHeaders.Signature, result.Failure);
    }


    private static List<KeyValuePair<string, string>> Tamper(IReadOnlyList<KeyValuePair<string, string>> form)
    {
        var tampered = form.ToList();
        var body = tampered.FindIndex(f => f.Key == "Body");
        tampered[body] = new("Body", tampered[body].Value + " (diubah)");
        return tampered;
    }
}
