using System.Net;
using System.Text.RegularExpressions;
using Chatbot.Testing;
using Chatbot.Twilio;
using Chatbot.Twilio.Simulation;

namespace Chatbot.Deploy.Tests;

/// <summary>deploy/'s nginx site with TLS in front of the real service: everything checked through https.</summary>
public sealed partial class DeploymentTests(DeployedSite site) : IClassFixture<DeployedSite>
{
    [Fact]
    public async Task Readyz_answers_through_https_with_hsts()
    {
        using var ready = await site.Https.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready", await ready.Content.ReadAsStringAsync());
        Assert.True(ready.Headers.TryGetValues("Strict-Transport-Security", out var hsts), "no Strict-Transport-Security header");
        Assert.Contains("max-age=31536000", hsts.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_webhook_signed_for_the_public_url_is_accepted_and_forged_ones_are_refused()
    {
        var form = SimulatedInboundWebhook.Form(new SimulatedCitizenMessage(SimulatedSid.Message(), "+6281234500001", "Budi", "halo", []), site.Account);
        const string path = "/twilio/whatsapp";
        var signatures = await TwilioOracle.SignAsync(
        [
            TwilioOracleRequest.Sign(site.Account.AuthToken, site.Account.PublicBaseUrl + path, form),
            // What the service itself sees behind nginx: Twilio never signed this URL.
            TwilioOracleRequest.Sign(site.Account.AuthToken, site.Service.BaseUrl + path, form),
            TwilioOracleRequest.Sign(site.Account.AuthToken + "x", site.Account.PublicBaseUrl + path, form),
        ]);

        using (var genuine = await PostAsync(path, form, signatures[0]))
        {
            Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
            Assert.Equal(TwiML.EmptyResponse, await genuine.Content.ReadAsStringAsync());
        }

        foreach (var forged in signatures.Skip(1))
        {
            using var refused = await PostAsync(path, form, forged);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
    }

    [Fact]
    public async Task The_console_cookies_are_secure_behind_tls()
    {
        var (code, output) = await ServiceProcess.CommandAsync(site.Settings, "create-operator", "sari", "Admin", "Sari Dewi");
        Assert.True(code == 0, $"create-operator exited {code}:\n{output}");
        var password = PasswordLine().Match(output).Groups[1].Value;

        using var page = await site.Https.GetAsync("/console/login");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var antiforgery = SetCookies(page).Single(c => c.StartsWith("adminduk.console.af=", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        var token = FormToken().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;

        using var login = new HttpRequestMessage(HttpMethod.Post, "/console/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
                ["userName"] = "sari",
                ["password"] = password,
                ["returnUrl"] = string.Empty,
            }),
        };
        login.Headers.Add("Cookie", antiforgery[..antiforgery.IndexOf(';')]);
        using var signedIn = await site.Https.SendAsync(login);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var session = SetCookies(signedIn).Single(c => c.StartsWith("adminduk.console=", StringComparison.Ordinal));
        Assert.Contains("; secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_forged_x_forwarded_for_from_outside_is_ignored()
    {
        var probe = "/deploy-probe-" + Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, probe);
        request.Headers.Add("X-Forwarded-For", "203.0.113.77");
        request.Headers.Add("X-Forwarded-Proto", "http");
        using (await site.Https.SendAsync(request))
        {
        }

        // The service logs (Trace) the client address and scheme it settled on after the forwarded headers.
        string? line = null;
        for (var i = 0; i < 50 && line is null; i++)
        {
            line = site.Service.Output(400).Split('\n').FirstOrDefault(l => l.Contains(probe, StringComparison.Ordinal));
            if (line is null) await Task.Delay(100);
        }

        Assert.NotNull(line);
        Assert.Contains($"{probe} from 127.0.0.1 over https", line, StringComparison.Ordinal);
        Assert.DoesNotContain("203.0.113.77", line, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> form, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(TwilioHeaders.Signature, signature);
        return site.Https.SendAsync(request);
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    [GeneratedRegex(@"password:\s+(\S+)")]
    private static partial Regex PasswordLine();

    [GeneratedRegex(@"name=""__RequestVerificationToken"" value=""([^""]+)""")]
    private static partial Regex FormToken();
}
