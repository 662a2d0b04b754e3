using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chatbot.Core.Accounts;
using Chatbot.Core.Ports;
using Chatbot.Testing;
using Chatbot.Web.OperatorConsole;
using Chatbot.Web.Tests.Api;

namespace Chatbot.Web.Tests.OperatorConsole;

/// <summary>Changing one's own password (API and console page), the first sign-in with a one-time password, and an admin's reset.</summary>
[Collection(WebCollection.Name)]
public sealed class PasswordChangeTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string NewPassword = "kopi-pagi-di-kantor-42";

    private readonly ChatbotAppFactory app = new(redis, ApiTestData.Templates);

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_change_keeps_this_session_ends_the_others_and_is_audited_without_the_password()
    {
        var password = await ConsoleTestAccounts.CreateAsync(app, "ganti1");
        using var here = await ApiClient.SignInAsync(app, "ganti1", password, OperatorRole.Operator);
        using var elsewhere = await ApiClient.SignInAsync(app, "ganti1", password, OperatorRole.Operator);

        using var changed = await here.PostAsync("/api/me/password", new { currentPassword = password, newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var token = (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        using (var me = await here.GetAsync("/api/me")) Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        using (var cases = await here.GetAsync("/api/cases")) Assert.Equal(HttpStatusCode.OK, cases.StatusCode);
        using (var other = await elsewhere.GetAsync("/api/me")) Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);

        // The answer's antiforgery token is the renewed session's: an unsafe call with it goes through.
        using var again = await PostWithTokenAsync(here, token, "/api/me/password", new { currentPassword = NewPassword, newPassword = NewPassword + "!" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        using var console = new ConsoleClient(app);
        using (var old = await console.LoginAsync("ganti1", password)) Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        using (var fresh = await console.LoginAsync("ganti1", NewPassword + "!")) Assert.Equal("/console", fresh.Headers.Location!.OriginalString);

        var audit = await app.Get<IAuditLog>().ReadAsync(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1), 1000);
        var mine = audit.Where(e => e.Actor == "ganti1").ToList();
        Assert.Equal(2, mine.Count(e => e.Action == AuditActions.PasswordChanged));
        Assert.Equal(3, mine.Count(e => e.Action == AuditActions.SignIn)); // the renewed session is no new sign-in
        Assert.DoesNotContain(mine, e => JsonSerializer.Serialize(e).Contains(NewPassword, StringComparison.Ordinal));
        Assert.False((await app.Get<IOperatorAccounts>().FindAsync("ganti1"))!.MustChangePassword);
    }

    [Fact]
    public async Task A_wrong_current_password_counts_as_a_failed_sign_in_and_the_fifth_locks_the_account()
    {
        var password = await ConsoleTestAccounts.CreateAsync(app, "ganti2");
        using var client = await ApiClient.SignInAsync(app, "ganti2", password, OperatorRole.Operator);

        for (var i = 1; i < LoginLockout.MaxFailedLogins; i++)
        {
            using var wrong = await client.PostAsync("/api/me/password", new { currentPassword = "salah-" + i, newPassword = NewPassword });
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            var problem = await wrong.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("wrongPassword", problem.GetProperty("code").GetString());
            Assert.True(problem.GetProperty("errors").TryGetProperty("currentPassword", out _));
            Assert.Equal(i, (await app.Get<IOperatorAccounts>().FindAsync("ganti2"))!.FailedLogins);
        }

        using var fifth = await client.PostAsync("/api/me/password", new { currentPassword = "salah-5", newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.Forbidden, fifth.StatusCode);
        Assert.Equal("locked", (await fifth.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        using var right = await client.PostAsync("/api/me/password", new { currentPassword = password, newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.Forbidden, right.StatusCode);
        using var console = new ConsoleClient(app);
        using (var login = await console.LoginAsync("ganti2", password)) Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.True((await app.Get<IOperatorAccounts>().FindAsync("ganti2"))!.IsLockedAt(DateTimeOffset.UtcNow));
    }

    [Theory]
    [InlineData("pendek-11ch", "Terlalu pendek")]
    [InlineData("Petugas-Ganti-3", "Sama dengan nama pengguna")]
    [InlineData(null, "Sama dengan kata sandi saat ini")]
    public async Task A_new_password_against_the_rule_is_400_naming_the_field_and_nothing_is_counted(string? newPassword, string reason)
    {
        var password = await ConsoleTestAccounts.CreateAsync(app, "petugas-ganti-3");
        using var client = await ApiClient.SignInAsync(app, "petugas-ganti-3", password, OperatorRole.Operator);

        using var refused = await client.PostAsync("/api/me/password", new { currentPassword = password, newPassword = newPassword ?? password });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid", problem.GetProperty("code").GetString());
        var message = problem.GetProperty("errors").GetProperty("newPassword")[0].GetString()!;
        Assert.StartsWith(reason, message, StringComparison.Ordinal);
        Assert.Contains("minimal 12 karakter", message, StringComparison.Ordinal);
        var account = (await app.Get<IOperatorAccounts>().FindAsync("petugas-ganti-3"))!;
        Assert.Equal(0, account.FailedLogins);
        using var console = new ConsoleClient(app);
        using var login = await console.LoginAsync("petugas-ganti-3", password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task Without_the_antiforgery_header_the_change_is_400_and_nothing_changes()
    {
        var password = await ConsoleTestAccounts.CreateAsync(app, "ganti4");
        using var client = await ApiClient.SignInAsync(app, "ganti4", password, OperatorRole.Operator);

        using var response = await client.Http.PostAsJsonAsync("/api/me/password", new { currentPassword = password, newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("antiforgery", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        using var console = new ConsoleClient(app);
        using var login = await console.LoginAsync("ganti4", password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task An_account_on_its_one_time_password_is_sent_to_the_change_page_and_kept_from_the_api_until_it_changes_it()
    {
        var oneTime = await ConsoleTestAccounts.CreateWithOneTimePasswordAsync(app, "baru1", OperatorRole.Supervisor);
        Assert.True((await app.Get<IOperatorAccounts>().FindAsync("baru1"))!.MustChangePassword);
        using var client = await ApiClient.SignInAsync(app, "baru1", oneTime, OperatorRole.Supervisor);

        using (var home = await client.GetAsync("/console")) Assert.Equal(ConsolePaths.Password, home.Headers.Location!.OriginalString);
        using (var dashboard = await client.GetAsync("/console/dasbor")) Assert.Equal(ConsolePaths.Password, dashboard.Headers.Location!.OriginalString);
        using (var ikd = await client.GetAsync("/console/ikd/sessions")) Assert.Equal(ConsolePaths.Password, ikd.Headers.Location!.OriginalString);
        foreach (var path in new[] { "/api/cases", "/api/dashboard", "/api/ikd/sessions", "/api/templates" })
        {
            using var refused = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal(PasswordChangeGate.Code, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }

        using (var note = await client.PostAsync("/api/cases/ABC-234/notes", new { text = "x" })) Assert.Equal(HttpStatusCode.Forbidden, note.StatusCode);
        Assert.True((await client.GetJsonAsync("/api/me")).GetProperty("mustChangePassword").GetBoolean());
        using (var page = await client.GetAsync(ConsolePaths.Password))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("kata sandi sekali pakai", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var changed = await client.PostAsync("/api/me/password", new { currentPassword = oneTime, newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.False((await client.GetJsonAsync("/api/me")).GetProperty("mustChangePassword").GetBoolean());
        using (var cases = await client.GetAsync("/api/cases")) Assert.Equal(HttpStatusCode.OK, cases.StatusCode);
        using (var home = await client.GetAsync("/console")) Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task A_coordinator_on_a_one_time_password_changes_it_on_the_console_page_errors_shown_by_the_field()
    {
        var oneTime = await ConsoleTestAccounts.CreateWithOneTimePasswordAsync(app, "hr-baru", OperatorRole.Coordinator, "HR", "pt-baru");
        using var console = new ConsoleClient(app);

        using (var login = await console.LoginAsync("hr-baru", oneTime)) Assert.Equal(ConsolePaths.Password, login.Headers.Location!.OriginalString);
        using (var groups = await console.Http.GetAsync("/api/ikd/groups")) Assert.Equal(HttpStatusCode.Forbidden, groups.StatusCode);

        var token = await console.TokenOfAsync(ConsolePaths.Password);
        using (var mismatch = await console.PostAsync(ConsolePaths.Password, Form(token, oneTime, NewPassword, NewPassword + "x")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
            Assert.Contains("id=\"confirmPassword-error\"", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var wrong = await console.PostAsync(ConsolePaths.Password, Form(token, "bukan-ini", NewPassword, NewPassword)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Contains("id=\"currentPassword-error\"", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var shortOne = await console.PostAsync(ConsolePaths.Password, Form(token, oneTime, "pendek", "pendek")))
        {
            var html = await shortOne.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, shortOne.StatusCode);
            Assert.Contains("id=\"newPassword-error\"", html, StringComparison.Ordinal);
            Assert.Contains("minimal 12 karakter", html, StringComparison.Ordinal);
        }

        using (var changed = await console.PostAsync(ConsolePaths.Password, Form(token, oneTime, NewPassword, NewPassword)))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            Assert.Contains("Kata sandi sudah diganti", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var home = await console.Http.GetAsync("/console")) Assert.Equal(ConsoleAuthentication.CoordinatorHome, home.Headers.Location!.OriginalString);
        using (var groups = await console.Http.GetAsync("/api/ikd/groups")) Assert.Equal(HttpStatusCode.OK, groups.StatusCode);
        var audit = await app.Get<IAuditLog>().ReadAsync(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1), 1000);
        Assert.Contains(audit, e => e.Actor == "hr-baru" && e.Action == AuditActions.PasswordChanged);
    }

    [Fact]
    public async Task The_console_header_links_to_the_change_page_beside_sign_out()
    {
        using var client = await ApiClient.SignInAsync(app, "ganti5");

        var html = await (await client.GetAsync("/console")).Content.ReadAsStringAsync();

        Assert.Contains($"<a class=\"password-link\" href=\"{ConsolePaths.Password}\">Ganti kata sandi</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_resets_a_password_the_sessions_end_and_the_new_one_time_password_must_be_changed()
    {
        using var admin = await ApiClient.SignInAsync(app, "admin-reset", OperatorRole.Admin);
        using var operatorClient = await ApiClient.SignInAsync(app, "lupa1");

        using var reset = await admin.PostAsync("/api/accounts/LUPA1/reset-password");

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("no-store", reset.Headers.CacheControl!.ToString());
        var body = await reset.Content.ReadFromJsonAsync<JsonElement>();
        var oneTime = body.GetProperty("password").GetString()!;
        Assert.True(body.GetProperty("account").GetProperty("mustChangePassword").GetBoolean());
        using (var ended = await operatorClient.GetAsync("/api/me")) Assert.Equal(HttpStatusCode.Unauthorized, ended.StatusCode);
        using var console = new ConsoleClient(app);
        using (var login = await console.LoginAsync("lupa1", oneTime)) Assert.Equal(ConsolePaths.Password, login.Headers.Location!.OriginalString);

        using (var self = await admin.PostAsync("/api/accounts/admin-reset/reset-password")) Assert.Equal(HttpStatusCode.UnprocessableEntity, self.StatusCode);
        using (var missing = await admin.PostAsync("/api/accounts/tidak-ada/reset-password")) Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var supervisor = await ApiClient.SignInAsync(app, "sv-reset", OperatorRole.Supervisor);
        using (var forbidden = await supervisor.PostAsync("/api/accounts/lupa1/reset-password")) Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var audit = await app.Get<IAuditLog>().ReadAsync(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1), 1000);
        var entry = Assert.Single(audit, e => e.Action == AuditActions.PasswordReset);
        Assert.Equal(("admin-reset", "lupa1"), (entry.Actor, entry.Detail));
        Assert.DoesNotContain(oneTime, JsonSerializer.Serialize(audit), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Form(string token, string current, string next, string confirm) => new()
    {
        [ConsoleAuthentication.AntiforgeryFieldName] = token,
        ["currentPassword"] = current,
        ["newPassword"] = next,
        ["confirmPassword"] = confirm,
    };

    private static async Task<HttpResponseMessage> PostWithTokenAsync(ApiClient client, string token, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        return await client.Http.SendAsync(request);
    }
}
