using System.Text.RegularExpressions;
using Chatbot.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Chatbot.Browser.Tests;

/// <summary>What the console must never do: show a citizen's HTML as HTML, let the bot talk over an operator, open
/// supervisor pages or another queue's case to an operator, give one conversation to two operators.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConsoleSafetyTests(ConsoleEnvironment env)
{
    private const string Hostile = "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\"><b>tebal</b> & </div>";

    [Fact]
    public Task While_an_operator_holds_the_conversation_the_bot_is_silent_and_citizen_html_shows_as_plain_text() => env.RunAsync(async () =>
    {
        var password = await env.CreateAccountAsync("wati", "Operator", "Wati");
        var page = await env.SignInAsync("wati", password);
        var citizen = env.NewCitizen("Dani");
        var code = await citizen.ReportRecordedKtpAsync(env.NextNik(), "Dani Saputra");

        await page.GotoAsync("/console/kasus/" + code);
        var conv = page.Locator("section.conv");
        await conv.Locator("[data-action=take-over]").ClickAsync();
        await Assertions.Expect(conv).ToHaveAttributeAsync("data-mode", "WithOperator");

        var before = env.Sink.LastSequence;
        await citizen.SendAsync(Hostile);
        await citizen.SendAsync("menu");

        // Both messages appear live, as text: the <b> is not bold, no script ran, no image was made.
        var line = page.Locator("li.msg.sp-Citizen .text", new() { HasText = "<script>window.__xss = 1</script>" });
        await Assertions.Expect(line).ToHaveTextAsync(Hostile, new() { Timeout = 10_000 });
        await Assertions.Expect(page.Locator("li.msg.sp-Citizen .text", new() { HasText = "menu" }).Last).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator(".transcript b, .transcript img, .transcript script").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));

        // The bot said nothing to the citizen meanwhile (not even to "menu").
        await Task.Delay(2500);
        Assert.Empty(env.Sink.To(citizen.WhatsApp, before));
    });

    [Fact]
    public Task An_operator_cannot_open_supervisor_or_admin_pages() => env.RunAsync(async () =>
    {
        var password = await env.CreateAccountAsync("eko", "Operator", "Eko");
        var page = await env.SignInAsync("eko", password);

        Assert.Equal(0, await page.Locator("#nav a[data-page=dashboard], #nav a[data-page=audit], #nav a[data-page=accounts]").CountAsync());
        foreach (var path in new[] { "/console/dasbor", "/console/audit", "/console/akun" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(403, response!.Status);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Akses ditolak");
        }

        foreach (var path in new[] { "/api/dashboard", "/api/audit", "/api/accounts", "/api/cases.csv" })
        {
            var response = await page.APIRequest.GetAsync(path);
            Assert.Equal(403, response.Status);
        }
    });

    [Fact]
    public Task A_supervisor_sees_the_dashboard_with_its_chart_and_the_audit_log() => env.RunAsync(async () =>
    {
        var password = await env.CreateAccountAsync("siti", "Supervisor", "Siti Aminah");
        var citizen = env.NewCitizen("Yanti");
        await citizen.ReportRecordedKtpAsync(env.NextNik(), "Yanti Lestari");
        var page = await env.SignInAsync("siti", password);

        await page.ClickAsync("#nav a[data-page=dashboard]");
        await page.WaitForURLAsync(new Regex("/console/dasbor$"));
        await Assertions.Expect(page.Locator("#cases-chart rect.bar").First).ToBeAttachedAsync();
        var counted = await page.Locator("#cases-chart rect.bar").EvaluateAllAsync<int>("bars => bars.reduce((n, b) => n + Number(b.dataset.count), 0)");
        Assert.True(counted >= 1, "The chart counts no case.");
        Assert.Contains("/api/cases.csv?from=", await page.Locator("#csv-link").GetAttributeAsync("href"));
        var csv = await page.APIRequest.GetAsync((await page.Locator("#csv-link").GetAttributeAsync("href"))!);
        Assert.Equal(200, csv.Status);
        Assert.Contains("Yanti Lestari", await csv.TextAsync());

        await page.ClickAsync("#nav a[data-page=audit]");
        await Assertions.Expect(page.Locator("#audit-table")).ToContainTextAsync("siti");
    });

    [Fact]
    public Task An_admin_creates_an_account_sees_its_password_once_and_deactivates_it() => env.RunAsync(async () =>
    {
        var password = await env.CreateAccountAsync("admin1", "Admin", "Admin Satu");
        var page = await env.SignInAsync("admin1", password);
        await page.GotoAsync("/console/akun");
        await page.FillAsync("#acc-user", "rudi");
        await page.FillAsync("#acc-name", "Rudi <b>Hartono</b>");
        await page.SelectOptionAsync("#acc-role", "Operator");
        await page.ClickAsync("[data-action=create-account]");
        var shown = await page.Locator("#one-time-password").TextContentAsync();
        Assert.False(string.IsNullOrWhiteSpace(shown));
        await Assertions.Expect(page.Locator("tr[data-account=rudi]")).ToContainTextAsync("Rudi <b>Hartono</b>");

        // The password works once shown; after a reload it is nowhere on the page.
        var (rudi, _) = await env.SignInFirstTimeAsync("rudi", shown!.Trim());
        await page.ReloadAsync();
        Assert.DoesNotContain(shown.Trim(), await page.ContentAsync());

        // A coordinator acts for an institution: the field appears only for that role, and a new name creates the institution.
        Assert.False(await page.Locator("#acc-institution").IsVisibleAsync());
        await page.FillAsync("#acc-user", "hr-sritex");
        await page.FillAsync("#acc-name", "HR Sritex");
        await page.SelectOptionAsync("#acc-role", "Coordinator");
        await page.FillAsync("#acc-institution", "PT Sritex");
        await page.ClickAsync("[data-action=create-account]");
        var coordinatorPassword = (await page.Locator("#one-time-password").TextContentAsync())!.Trim();
        await Assertions.Expect(page.Locator("tr[data-account=hr-sritex]")).ToContainTextAsync("Koordinator instansi");
        await Assertions.Expect(page.Locator("tr[data-account=hr-sritex]")).ToContainTextAsync("pt-sritex");
        var (coordinator, _) = await env.SignInFirstTimeAsync("hr-sritex", coordinatorPassword, "/console/ikd/groups");
        Assert.Equal(403, (await coordinator.APIRequest.GetAsync("/api/cases")).Status);

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.ClickAsync("[data-deactivate=rudi]");
        await Assertions.Expect(page.Locator("tr[data-account=rudi]")).ToContainTextAsync("nonaktif");
        var after = await rudi.APIRequest.GetAsync("/api/me");
        Assert.Equal(401, after.Status);
    });

    [Fact]
    public Task A_new_account_must_replace_its_one_time_password_at_the_first_sign_in() => env.RunAsync(async () =>
    {
        var oneTime = await env.CreateAccountWithOneTimePasswordAsync("wulan", "Operator", "Wulan");
        var page = await env.NewPageAsync(phone: true);
        await page.GotoAsync("/console/login");
        await page.FillAsync("#userName", "wulan");
        await page.FillAsync("#password", oneTime);
        await page.ClickAsync("button[type=submit]");

        // Straight to "Ganti kata sandi"; any other console page comes back here, and the API refuses.
        await page.WaitForURLAsync(new Regex("/console/kata-sandi$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ganti kata sandi");
        await page.GotoAsync("/console/kasus/ABC-234");
        await page.WaitForURLAsync(new Regex("/console/kata-sandi$"));
        Assert.Equal(403, (await page.APIRequest.GetAsync("/api/cases")).Status);

        // A password against the rule: the rule under the new password's field, nothing else changed.
        var submit = page.Locator("form[action='/console/kata-sandi'] button[type=submit]");
        await page.FillAsync("#currentPassword", oneTime);
        await page.FillAsync("#newPassword", "wulan");
        await page.FillAsync("#confirmPassword", "wulan");
        await submit.ClickAsync();
        await Assertions.Expect(page.Locator("#newPassword-error")).ToContainTextAsync("minimal 12 karakter");
        await Assertions.Expect(page.Locator("#newPassword")).ToHaveAttributeAsync("aria-invalid", "true");

        var password = ConsoleEnvironment.NewPassword();
        await page.FillAsync("#currentPassword", oneTime);
        await page.FillAsync("#newPassword", password);
        await page.FillAsync("#confirmPassword", password);
        await submit.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Kata sandi sudah diganti");
        await page.ClickAsync("#continue");
        await page.WaitForSelectorAsync("body[data-ready=true]");
        Assert.Equal(200, (await page.APIRequest.GetAsync("/api/cases")).Status);

        // The one-time password is spent; the new one signs in, and the header leads to the change page again.
        var again = await env.SignInAsync("wulan", password);
        await again.ClickAsync(".who .password-link");
        await again.WaitForURLAsync(new Regex("/console/kata-sandi$"));
        await Assertions.Expect(again.Locator("a[href='/console']")).ToHaveTextAsync("Kembali ke konsol");
        var stale = await env.NewPageAsync();
        await stale.GotoAsync("/console/login");
        await stale.FillAsync("#userName", "wulan");
        await stale.FillAsync("#password", oneTime);
        await stale.ClickAsync("button[type=submit]");
        await Assertions.Expect(stale.Locator("p.error")).ToBeVisibleAsync();
    });

    [Fact]
    public Task Two_operators_taking_over_one_conversation_at_the_same_moment_exactly_one_wins() => env.RunAsync(async () =>
    {
        var p1 = await env.CreateAccountAsync("ani", "Operator", "Ani");
        var p2 = await env.CreateAccountAsync("joko", "Operator", "Joko");
        var citizen = env.NewCitizen("Tono");
        var code = await citizen.ReportRecordedKtpAsync(env.NextNik(), "Tono Sugiarto");
        var ani = await env.SignInAsync("ani", p1);
        var joko = await env.SignInAsync("joko", p2);
        await ani.GotoAsync("/console/kasus/" + code);
        await joko.GotoAsync("/console/kasus/" + code);
        var a = ani.Locator("section.conv [data-action=take-over]");
        var j = joko.Locator("section.conv [data-action=take-over]");
        await Assertions.Expect(a).ToBeVisibleAsync();
        await Assertions.Expect(j).ToBeVisibleAsync();

        await Task.WhenAll(a.ClickAsync(), j.ClickAsync());

        // Both consoles end up showing the same single holder; the loser was told.
        await Assertions.Expect(ani.Locator("section.conv")).ToHaveAttributeAsync("data-mode", "WithOperator");
        await Assertions.Expect(joko.Locator("section.conv")).ToHaveAttributeAsync("data-mode", "WithOperator");
        var holder = await ani.Locator("section.conv").GetAttributeAsync("data-operator");
        Assert.Contains(holder, new[] { "ani", "joko" });
        await Assertions.Expect(joko.Locator("section.conv")).ToHaveAttributeAsync("data-operator", holder!);
        var loser = holder == "ani" ? joko : ani;
        await Assertions.Expect(loser.Locator(".toast.error")).ToContainTextAsync(holder!);
        await Assertions.Expect(loser.Locator("section.conv textarea.reply")).ToBeDisabledAsync();
    });

    [Fact]
    public Task An_operator_cannot_open_a_case_of_a_queue_outside_their_skills() => env.RunAsync(async () =>
    {
        // budi serves only "ikd" (Routing:Operators:budi:Skills); the e-KTP report waits in "ktp-el".
        var password = await env.CreateAccountAsync("budi", "Operator", "Budi");
        var citizen = env.NewCitizen("Lina");
        var code = await citizen.ReportRecordedKtpAsync(env.NextNik(), "Lina Marlina");
        var page = await env.SignInAsync("budi", password);

        await Assertions.Expect(page.Locator("#case-list")).Not.ToContainTextAsync("Memuat");
        Assert.Equal(0, await page.Locator($"a.case-item[data-code='{code}']").CountAsync());
        await page.GotoAsync("/console/kasus/" + code);
        await Assertions.Expect(page.Locator("#case-card .error")).ToBeVisibleAsync();
        Assert.DoesNotContain("Lina Marlina", await page.ContentAsync());
        var api = await page.APIRequest.GetAsync("/api/cases/" + code);
        Assert.Contains(api.Status, new[] { 403, 404 });
    });
}
