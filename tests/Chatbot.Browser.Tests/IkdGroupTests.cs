using System.Text.RegularExpressions;
using Chatbot.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Chatbot.Browser.Tests;

/// <summary>
/// Issue 5, group bookings: an institution's coordinator sees only their own groups, books seats for a unit with a
/// roster, gets the invitation code to hand out, and sees who has claimed a seat and who has not.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class IkdGroupTests(ConsoleEnvironment env)
{
    [Fact]
    public Task A_coordinator_books_seats_for_a_unit_and_sees_the_claims() => env.RunAsync(async () =>
    {
        var coordinator = await env.CreateAccountAsync("ikd-hr-sritex", "Coordinator", "HRD Sritex", "PT Sritex Uji");
        var supervisor = await env.CreateAccountAsync("ikd-sari", "Supervisor", "Sari");
        var staff = await env.SignInAsync("ikd-sari", supervisor, "/console/ikd/groups");
        var reserved = await IkdApi.CreateSessionAsync(staff, "grogol", "Pabrik PT Sritex, Gedung B", reservedFor: "pt-sritex-uji");
        var open = await IkdApi.CreateSessionAsync(staff, "grogol", "Kantor Kecamatan Grogol");

        // Another institution's group: the coordinator never sees it.
        await IkdApi.PostAsync(staff, "/api/ikd/institutions", new { name = "Dinas Lain Uji" });
        var other = await IkdApi.PostAsync(staff, "/api/ikd/groups", new { sessionId = open, unit = "Bidang Umum", seats = 2, institutionId = "dinas-lain-uji" });
        var otherCode = other.GetProperty("code").GetString()!;

        var page = await env.SignInAsync("ikd-hr-sritex", coordinator, "/console/ikd/groups");
        Assert.Equal(0, await page.Locator($"tr[data-group='{otherCode}']").CountAsync());

        // The new group: the reserved session is offered, the roster is pasted.
        var siti = env.NextNik();
        var budi = env.NextNik();
        await page.ClickAsync("#new-group");
        await Assertions.Expect(page.Locator($"#g-session option[value='{reserved}']")).ToHaveCountAsync(1);
        await page.SelectOptionAsync("#g-session", reserved);
        await page.FillAsync("#g-unit", "Bagian Tenun 2");
        await page.FillAsync("#g-roster", $"Siti Aminah;{siti}\nBudi Santoso;{budi}\nCahya <b>Tanpa NIK</b>");
        await page.FillAsync("#g-seats", "4");
        await page.ClickAsync("[data-action=create-group]");

        var code = page.Locator("#invite-code");
        await Assertions.Expect(code).ToHaveTextAsync(new Regex("^UND-[A-Z0-9]{6}$"));
        var invitation = (await code.TextContentAsync())!;
        await Assertions.Expect(page.Locator("#invite-text")).ToHaveTextAsync($"Kirim kode {invitation} ke WhatsApp Disdukcapil");
        await Assertions.Expect(page.Locator($"tr[data-group='{invitation}']")).ToContainTextAsync("Bagian Tenun 2");
        await Assertions.Expect(page.Locator("#unclaimed-seats")).ToHaveTextAsync("4");

        // Siti claims a seat on WhatsApp (through the service's store): claimed, Budi and Cahya not yet, 3 seats open.
        await using var citizens = IkdCitizens.Connect(env);
        await citizens.ClaimAsync(invitation, siti, "Siti Aminah");
        await page.Locator($"tr[data-group='{invitation}']").ClickAsync();
        await Assertions.Expect(page.Locator("#claims-table")).ToContainTextAsync("Siti Aminah");
        await Assertions.Expect(page.Locator("#not-claimed")).ToContainTextAsync("Budi Santoso");
        await Assertions.Expect(page.Locator("#not-claimed")).ToContainTextAsync("Cahya <b>Tanpa NIK</b>");
        Assert.DoesNotContain("Siti Aminah", await page.Locator("#not-claimed").InnerTextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#unclaimed-seats")).ToHaveTextAsync("3");
        await Assertions.Expect(page.Locator($"tr[data-group='{invitation}'] .claimed")).ToHaveTextAsync("1");
        Assert.Equal(0, await page.Locator($"tr[data-group='{otherCode}']").CountAsync());
    });
}
