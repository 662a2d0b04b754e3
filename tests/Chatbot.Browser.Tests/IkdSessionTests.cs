using System.Globalization;
using System.Text.RegularExpressions;
using Chatbot.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Chatbot.Browser.Tests;

/// <summary>Issue 5, the sessions page: a supervisor plans an IKD activation session, corrects it, sees who booked, calls it off.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class IkdSessionTests(ConsoleEnvironment env)
{
    [Fact]
    public Task A_supervisor_creates_edits_and_cancels_a_session_and_sees_its_bookings() => env.RunAsync(async () =>
    {
        var password = await env.CreateAccountAsync("ikd-rina", "Supervisor", "Rina Supervisor");
        var page = await env.SignInAsync("ikd-rina", password, "/console/ikd/sessions");
        await Assertions.Expect(page.Locator("#nav a[data-page=ikd-sessions]")).ToHaveAttributeAsync("aria-current", "page");
        var date = IkdApi.Tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // The form: two officers at 50 people each are 100 seats, shown while typing.
        await page.ClickAsync("#new-session");
        await page.SelectOptionAsync("#s-area", "ciwandan");
        await page.SelectOptionAsync("#s-kind", "Kecamatan");
        await page.FillAsync("#s-place", "Aula <b>Kecamatan</b> Ciwandan");
        await page.FillAsync("#s-date", date);
        await page.FillAsync("#s-start", "09:00");
        await page.FillAsync("#s-end", "08:00");
        await page.Locator("#s-officers").PressSequentiallyAsync("Andi, Budi");
        await Assertions.Expect(page.Locator("#s-officer-chips .chip")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#s-capacity-value")).ToHaveTextAsync("100");

        // The API's refusal shows next to the field it is about.
        await page.ClickAsync("[data-action=save-session]");
        await Assertions.Expect(page.Locator("#session-form [data-error-for=endTime]")).ToContainTextAsync("setelah");
        await Assertions.Expect(page.Locator("#s-end")).ToHaveClassAsync(new Regex("invalid"));
        await page.FillAsync("#s-end", "12:00");
        await page.ClickAsync("[data-action=save-session]");

        var item = page.Locator("article.session", new() { HasText = "Kecamatan</b> Ciwandan" });
        await Assertions.Expect(item).ToBeVisibleAsync();
        await Assertions.Expect(item.Locator(".seats")).ToHaveAttributeAsync("data-capacity", "100");
        await Assertions.Expect(item).ToContainTextAsync("Petugas: Andi, Budi");
        await Assertions.Expect(item.Locator(".seats")).ToContainTextAsync("100 kursi tersisa");
        Assert.Equal(0, await page.Locator("article.session b").CountAsync());
        var id = await item.GetAttributeAsync("data-session-id");
        Assert.False(string.IsNullOrEmpty(id));

        // A citizen books a seat: the list and the bookings show it, NIK masked.
        var nik = env.NextNik();
        await using var citizens = IkdCitizens.Connect(env);
        var code = await citizens.BookAsync(id!, nik, "Dedi <i>Kurniawan</i>");
        await page.ReloadAsync();
        item = page.Locator($"article.session[data-session-id='{id}']");
        await Assertions.Expect(item.Locator(".seats")).ToHaveAttributeAsync("data-taken", "1");
        await item.Locator("[data-action=bookings]").ClickAsync();
        var row = item.Locator($"tr[data-code='{code}']");
        await Assertions.Expect(row).ToContainTextAsync("Dedi <i>Kurniawan</i>");
        await Assertions.Expect(row.Locator(".nik")).ToHaveTextAsync(new Regex(@"^\d{4}\*{10}\d{2}$"));

        // Edit: a third officer, 150 seats; the list updates and says how many were told.
        await item.Locator("[data-action=edit]").ClickAsync();
        await Assertions.Expect(page.Locator("#s-place")).ToHaveValueAsync("Aula <b>Kecamatan</b> Ciwandan");
        await page.Locator("#s-officers").PressSequentiallyAsync("Citra");
        await Assertions.Expect(page.Locator("#s-capacity-value")).ToHaveTextAsync("150");
        await page.ClickAsync("[data-action=save-session]");
        await Assertions.Expect(item.Locator(".seats")).ToHaveAttributeAsync("data-capacity", "150");
        await Assertions.Expect(item).ToContainTextAsync("Andi, Budi, Citra");
        await Assertions.Expect(item.Locator(".notice")).ToContainTextAsync("warga diberi tahu");

        // Cancel needs a reason; the booked citizen is told.
        await item.Locator("[data-action=cancel]").ClickAsync();
        await page.ClickAsync("[data-action=confirm-cancel]");
        await Assertions.Expect(page.Locator("#cancel-form [data-error-for=reason]")).ToBeVisibleAsync();
        await page.FillAsync("#cancel-reason", "Aula dipakai acara kecamatan");
        await page.ClickAsync("[data-action=confirm-cancel]");
        await Assertions.Expect(item).ToHaveAttributeAsync("data-status", "Cancelled");
        await Assertions.Expect(item.Locator(".notice")).ToContainTextAsync("1 warga diberi tahu");
        Assert.Equal(0, await item.Locator("[data-action=edit]").CountAsync());
    });

    [Fact]
    public Task An_operator_sees_the_sessions_but_cannot_change_them_and_a_coordinator_is_refused() => env.RunAsync(async () =>
    {
        var password = await env.CreateAccountAsync("ikd-oki", "Operator", "Oki Petugas");
        var page = await env.SignInAsync("ikd-oki", password, "/console/ikd/sessions");
        Assert.Equal(0, await page.Locator("#new-session").CountAsync());
        Assert.Equal(0, await page.Locator("#nav a[data-page=ikd-progress], #nav a[data-page=ikd-groups]").CountAsync());
        await Assertions.Expect(page.Locator("#nav a[data-page=ikd-checkin]")).ToBeVisibleAsync();
        var progress = await page.GotoAsync("/console/ikd/progress");
        Assert.Equal(403, progress!.Status);

        var coordinator = await env.CreateAccountAsync("ikd-kora", "Coordinator", "Kora", "Dinas Kominfo Uji");
        var kora = await env.SignInAsync("ikd-kora", coordinator, "/console/ikd/groups");
        Assert.Equal(new[] { "ikd-groups" }, await kora.Locator("#nav a").EvaluateAllAsync<string[]>("links => links.map(a => a.dataset.page)"));
        await kora.GotoAsync("/console");
        await kora.WaitForURLAsync(new Regex("/console/ikd/groups$"));
        foreach (var path in new[] { "/console/ikd/sessions", "/console/ikd/checkin", "/console/ikd/progress" })
        {
            var response = await kora.GotoAsync(path);
            Assert.Equal(403, response!.Status);
        }
    });
}
