using Chatbot.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Chatbot.Browser.Tests;

/// <summary>Routing in the console: an available operator gets a visible and audible offer, accepts it, and lands on the case.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleLiveTests(ConsoleEnvironment env)
{
    [Fact]
    public Task An_available_operator_gets_a_visible_and_audible_offer_and_accepting_opens_the_case() => env.RunAsync(async () =>
    {
        var password = await env.CreateAccountAsync("dewi", "Operator", "Dewi");
        var page = await env.SignInAsync("dewi", password, phone: true);
        await page.ClickAsync("[data-presence=Tersedia]");
        await Assertions.Expect(page.Locator("[data-presence=Tersedia]")).ToHaveAttributeAsync("aria-checked", "true");

        var citizen = env.NewCitizen("Sri");
        var code = await citizen.ReportRecordedKtpAsync(env.NextNik(), "Sri Wahyuni");

        var banner = page.Locator("#offer");
        await Assertions.Expect(banner).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(banner).ToContainTextAsync("Tawaran baru");
        var beeps = await page.EvaluateAsync<string?>("() => document.body.dataset.beeps ?? null");
        Assert.True(int.TryParse(beeps, out var n) && n >= 1, "No sound was played for the offer.");

        // Other tests of this collection may have left older cases waiting: routing offers the longest-waiting first,
        // so the test follows whichever case the banner names (Sri's, or an older one).
        var offered = System.Text.RegularExpressions.Regex.Match(await banner.InnerTextAsync(), "[A-Z2-9]{3}-?[A-Z2-9]{3}");
        Assert.True(offered.Success, "The offer banner does not name the case.");
        Assert.False(string.IsNullOrEmpty(code));

        await banner.Locator("[data-action=accept-offer]").ClickAsync();
        await Assertions.Expect(banner).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#case-card section.case, #conv-card section.conv").First).ToBeVisibleAsync();
        Assert.Contains(offered.Value.Replace("-", string.Empty, StringComparison.Ordinal), page.Url.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    });
}
