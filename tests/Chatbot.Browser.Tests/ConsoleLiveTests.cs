using Chatbot.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Chatbot.Browser.Tests;

/// <summary>Routing in the console: an available operator gets a visible and audible offer, accepts it, and lands on the case, its conversation taken over.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleLiveTests(ConsoleEnvironment env)
{
    [Fact]
    public Task An_available_operator_gets_a_visible_and_audible_offer_and_accepting_opens_the_case_with_its_conversation_taken_over() => env.RunAsync(async () =>
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

        // Other tests of this collection may have left older cases waiting, some whose conversation another operator
        // took over: routing offers the longest-waiting first, so the test follows whichever case the banner names (Sri's,
        // or an older one). Accepting a case whose conversation someone else holds is refused with the holder's name (the
        // case waits again and the next offer comes); otherwise accepting takes the conversation over at once.
        Assert.False(string.IsNullOrEmpty(code));
        var conv = page.Locator("#conv-card section.conv");
        for (var attempt = 0; ; attempt++)
        {
            Assert.True(attempt < 10, "No offer could be accepted.");
            await Assertions.Expect(banner).ToBeVisibleAsync(new() { Timeout = 15_000 });
            var offered = System.Text.RegularExpressions.Regex.Match(await banner.InnerTextAsync(), "[A-Z2-9]{3}-?[A-Z2-9]{3}");
            Assert.True(offered.Success, "The offer banner does not name the case.");
            await page.Locator(".toast").EvaluateAllAsync<int>("toasts => { toasts.forEach((t) => t.remove()); return toasts.length; }");

            await banner.Locator("[data-action=accept-offer]").ClickAsync();
            var outcome = page.Locator("#conv-card section.conv[data-operator=dewi], .toast.error").First;
            await Assertions.Expect(outcome).ToBeVisibleAsync(new() { Timeout = 10_000 });
            if (await page.Locator(".toast.error").CountAsync() > 0)
            {
                await Assertions.Expect(page.Locator(".toast.error")).ToContainTextAsync("dipegang petugas");
                continue;
            }

            // The case opened with its conversation, already held by dewi: no separate "take over", the reply box is open.
            Assert.Contains(offered.Value.Replace("-", string.Empty, StringComparison.Ordinal), page.Url.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            await Assertions.Expect(page.Locator("#case-card section.case")).ToBeVisibleAsync();
            await Assertions.Expect(conv).ToHaveAttributeAsync("data-mode", "WithOperator");
            await Assertions.Expect(conv.Locator("[data-action=take-over]")).ToHaveCountAsync(0);
            await Assertions.Expect(conv.Locator("textarea.reply")).ToBeEnabledAsync();
            break;
        }
    });
}
