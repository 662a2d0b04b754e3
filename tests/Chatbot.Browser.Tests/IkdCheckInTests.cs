using System.Text.RegularExpressions;
using Chatbot.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Chatbot.Browser.Tests;

/// <summary>Issue 5, check-in at the session on a 360×740 phone: find by code and by NIK, activated, failed with its reason.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class IkdCheckInTests(ConsoleEnvironment env)
{
    private static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };

    [Fact]
    public Task An_officer_on_a_phone_checks_citizens_in_by_code_and_by_nik() => env.RunAsync(async () =>
    {
        var supervisor = await env.CreateAccountAsync("ikd-sekar", "Supervisor", "Sekar");
        var officer = await env.CreateAccountAsync("ikd-tono", "Operator", "Tono Petugas");
        var planner = await env.SignInAsync("ikd-sekar", supervisor, "/console/ikd/sessions");
        var sessionId = await IkdApi.CreateSessionAsync(planner, "citangkil", "Kantor Kecamatan Citangkil");
        await using var citizens = IkdCitizens.Connect(env);
        var firstNik = env.NextNik();
        var secondNik = env.NextNik();
        var first = await citizens.BookAsync(sessionId, firstNik, "Agus Salim");
        await citizens.BookAsync(sessionId, secondNik, "Wulan Sari");

        var page = await env.SignInAsync("ikd-tono", officer, "/console/ikd/checkin", viewport: Phone);
        var q = page.Locator("#q");
        await Assertions.Expect(q).ToBeFocusedAsync();
        await IkdApi.AssertNoHorizontalScrollAsync(page, "empty check-in");

        // Unknown code: said next to the search box.
        await q.FillAsync("IKD-222222");
        await q.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-error-for=q]")).Not.ToBeEmptyAsync();

        // By booking code (typed in lower case): found, activated, confirmed, ready for the next person.
        await q.FillAsync(first.ToLowerInvariant());
        await page.ClickAsync("[data-action=find]");
        var found = page.Locator("section.found");
        await Assertions.Expect(found).ToHaveAttributeAsync("data-code", first);
        await Assertions.Expect(found.Locator("#found-name")).ToHaveTextAsync("Agus Salim");
        await Assertions.Expect(found.Locator(".nik")).ToHaveTextAsync(new Regex(@"^\d{4}\*{10}\d{2}$"));
        await Assertions.Expect(found).ToContainTextAsync("Citangkil");
        await IkdApi.AssertNoHorizontalScrollAsync(page, "booking found");
        await found.Locator("[data-outcome=Activated]").ClickAsync();
        var result = page.Locator("#result section.result");
        await Assertions.Expect(result).ToHaveAttributeAsync("data-status", "Activated");
        await Assertions.Expect(result).ToContainTextAsync("Agus Salim");
        await Assertions.Expect(q).ToBeFocusedAsync();
        await Assertions.Expect(q).ToHaveValueAsync(string.Empty);
        await Assertions.Expect(found).ToHaveCountAsync(0);

        // By NIK: failed needs a reason.
        await q.FillAsync(secondNik);
        await q.PressAsync("Enter");
        await Assertions.Expect(found.Locator("#found-name")).ToHaveTextAsync("Wulan Sari");
        await found.Locator("[data-outcome=Failed]").ClickAsync();
        await page.ClickAsync("[data-action=confirm-failed]");
        await Assertions.Expect(page.Locator("#fail-form [data-error-for=failure]")).ToContainTextAsync("Pilih alasan");
        await page.Locator("#fail-form label", new() { HasText = "Tidak punya email" }).ClickAsync();
        await page.FillAsync("#fail-note", "Akan buat email dulu");
        await IkdApi.AssertNoHorizontalScrollAsync(page, "failure reasons");
        await page.ClickAsync("[data-action=confirm-failed]");
        await Assertions.Expect(result).ToHaveAttributeAsync("data-status", "Failed");
        await Assertions.Expect(result).ToContainTextAsync("Tidak punya email");
        await Assertions.Expect(q).ToBeFocusedAsync();

        // The outcomes are what the session's booking list says now.
        var bookings = await planner.APIRequest.GetAsync($"/api/ikd/sessions/{sessionId}/bookings");
        var text = await bookings.TextAsync();
        Assert.Contains("\"Activated\"", text, StringComparison.Ordinal);
        Assert.Contains("\"NoEmail\"", text, StringComparison.Ordinal);
        await IkdApi.AssertNoHorizontalScrollAsync(page, "after the outcomes");
    });
}
