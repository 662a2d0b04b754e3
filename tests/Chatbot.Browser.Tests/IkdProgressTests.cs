using Chatbot.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Chatbot.Browser.Tests;

/// <summary>Issue 5, the progress page: outcomes recorded today show in their area and in today's bar of the chart.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class IkdProgressTests(ConsoleEnvironment env)
{
    [Fact]
    public Task A_supervisor_sees_todays_outcomes_in_the_area_and_the_daily_chart() => env.RunAsync(async () =>
    {
        // Jombang is no other test's area: its counts are this test's alone.
        var password = await env.CreateAccountAsync("ikd-prita", "Supervisor", "Prita");
        var page = await env.SignInAsync("ikd-prita", password, "/console/ikd/progress");
        var sessionId = await IkdApi.CreateSessionAsync(page, "jombang", "Aula Kecamatan Jombang");
        await using var citizens = IkdCitizens.Connect(env);
        var codes = new List<string>();
        foreach (var name in new[] { "Ani", "Beni", "Cici", "Dodi" }) codes.Add(await citizens.BookAsync(sessionId, env.NextNik(), name));
        await IkdApi.RecordOutcomeAsync(page, codes[0], "Activated");
        await IkdApi.RecordOutcomeAsync(page, codes[1], "Activated");
        await IkdApi.RecordOutcomeAsync(page, codes[2], "Failed", "NoPhone");
        await IkdApi.RecordOutcomeAsync(page, codes[3], "NoShow");

        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-ready=true]");
        var area = page.Locator("section.area[data-area=jombang]");
        await Assertions.Expect(area).ToHaveAttributeAsync("data-activated", "2");
        await Assertions.Expect(area.Locator("[data-stat=failed]")).ToContainTextAsync("1");
        await Assertions.Expect(area.Locator("[data-stat=noShow]")).ToContainTextAsync("1 (25%)");
        await Assertions.Expect(area.Locator("[role=progressbar]")).ToHaveCountAsync(1);

        var today = page.Locator($"#ikd-chart g.day[data-day='{IkdApi.Today}']");
        await Assertions.Expect(today).ToHaveCountAsync(1);
        Assert.True(int.Parse(await today.GetAttributeAsync("data-activated") ?? "0", System.Globalization.CultureInfo.InvariantCulture) >= 2);
        await Assertions.Expect(today.Locator("rect.b-a")).ToHaveCountAsync(1);

        var href = await page.Locator("#csv-link").GetAttributeAsync("href");
        Assert.Contains("/api/ikd/progress.csv?from=", href, StringComparison.Ordinal);
        var csv = await page.APIRequest.GetAsync(href!);
        Assert.Equal(200, csv.Status);
        Assert.Contains("Jombang", await csv.TextAsync(), StringComparison.Ordinal);
    });
}
