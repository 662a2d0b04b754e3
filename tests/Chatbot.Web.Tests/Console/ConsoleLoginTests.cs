using System.Net;
using Chatbot.Core.Accounts;
using Chatbot.Core.Ports;
using Chatbot.Testing;
using Chatbot.Web.OperatorConsole;

namespace Chatbot.Web.Tests.OperatorConsole;

/// <summary>The console's sign-in through the real host and a real Redis.</summary>
[Collection(WebCollection.Name)]
public sealed class ConsoleLoginTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly ChatbotAppFactory app = new(redis);

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_console_without_a_session_redirects_to_the_sign_in_page()
    {
        using var client = new ConsoleClient(app);

        using var response = await client.Http.GetAsync("/console");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/console/login?returnUrl=%2Fconsole", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task The_sign_in_page_is_an_indonesian_form_with_a_token_and_strict_headers()
    {
        using var client = new ConsoleClient(app);

        using var response = await client.Http.GetAsync("/console/login");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"id\">", html);
        Assert.Contains("Masuk petugas", html);
        Assert.Contains("name=\"viewport\"", html);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task The_right_password_gives_a_strict_cookie_and_the_console_shows_who_is_signed_in()
    {
        var password = await ConsoleTestAccounts.CreateAsync(app, "siti", OperatorRole.Supervisor, "Siti Aminah");
        await app.Get<IHandoffQueue>().EnqueueAsync("+6281100000001", DateTimeOffset.UtcNow);
        await app.Get<IHandoffQueue>().EnqueueAsync("+6281100000002", DateTimeOffset.UtcNow);
        using var client = new ConsoleClient(app);

        using var login = await client.LoginAsync("Siti", password);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/console", login.Headers.Location!.OriginalString);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(ConsoleAuthentication.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        // Path "/": the console's pages and its /api share the session.
        Assert.Contains("path=/;", cookie + ";", StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);

        using var console = await client.Http.GetAsync("/console");
        var html = await console.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
        Assert.Contains("Masuk sebagai <strong>Siti Aminah</strong> (Supervisor)", html);
        Assert.Contains("<p class=\"count\">2</p>", html);
        Assert.Contains("menunggu petugas", html);
    }

    [Fact]
    public async Task The_cookie_is_secure_when_the_request_is_https()
    {
        var password = await ConsoleTestAccounts.CreateAsync(app, "agus");
        using var client = new ConsoleClient(app);
        client.Http.BaseAddress = new Uri("https://localhost");

        using var login = await client.LoginAsync("agus", password);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(ConsoleAuthentication.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_name_get_the_same_generic_answer()
    {
        await ConsoleTestAccounts.CreateAsync(app, "dewi");
        using var client = new ConsoleClient(app);

        using var wrong = await client.LoginAsync("dewi", "not-the-password");
        using var unknown = await client.LoginAsync("nobody-here", "not-the-password");

        foreach (var response in new[] { wrong, unknown })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(ConsoleAuthentication.CookieName + "=", StringComparison.Ordinal)));
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("Gagal masuk.", html);
            Assert.DoesNotContain("tidak ditemukan", html);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/console")).StatusCode);
        Assert.Equal(1, (await app.Get<IOperatorAccounts>().FindAsync("dewi"))!.FailedLogins);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_for_the_right_password()
    {
        var password = await ConsoleTestAccounts.CreateAsync(app, "joko");
        using var client = new ConsoleClient(app);

        for (var i = 0; i < LoginLockout.MaxFailedLogins; i++)
        {
            using var failed = await client.LoginAsync("joko", "wrong-" + i);
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var right = await client.LoginAsync("joko", password);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("Gagal masuk.", await right.Content.ReadAsStringAsync());
        var account = await app.Get<IOperatorAccounts>().FindAsync("joko");
        Assert.True(account!.IsLockedAt(DateTimeOffset.UtcNow.AddMinutes(14)));
        Assert.False(account.IsLockedAt(DateTimeOffset.UtcNow.AddMinutes(15).AddSeconds(5)));
    }

    [Fact]
    public async Task A_success_clears_earlier_failures()
    {
        var password = await ConsoleTestAccounts.CreateAsync(app, "rina");
        using var client = new ConsoleClient(app);
        using (await client.LoginAsync("rina", "wrong"))
        {
        }

        using var right = await client.LoginAsync("rina", password);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(0, (await app.Get<IOperatorAccounts>().FindAsync("rina"))!.FailedLogins);
    }

    [Fact]
    public async Task An_inactive_account_is_refused_and_switching_it_off_ends_its_session()
    {
        var password = await ConsoleTestAccounts.CreateAsync(app, "tono");
        using var client = new ConsoleClient(app);
        using (var login = await client.LoginAsync("tono", password)) Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using (var console = await client.Http.GetAsync("/console")) Assert.Equal(HttpStatusCode.OK, console.StatusCode);

        await app.Get<IOperatorAccounts>().SetActiveAsync("tono", false);

        using (var console = await client.Http.GetAsync("/console")) Assert.Equal(HttpStatusCode.Redirect, console.StatusCode);
        using var again = await client.LoginAsync("tono", password);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Contains("Gagal masuk.", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_400_and_signs_nobody_in()
    {
        var password = await ConsoleTestAccounts.CreateAsync(app, "wati");
        using var client = new ConsoleClient(app);
        await client.TokenOfAsync("/console/login");

        using var response = await client.PostAsync("/console/login", new Dictionary<string, string> { ["userName"] = "wati", ["password"] = password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(ConsoleAuthentication.CookieName + "=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/console")).StatusCode);
    }

    [Fact]
    public async Task Markup_in_names_is_shown_encoded()
    {
        const string name = "<script>alert(1)</script>";
        var password = await ConsoleTestAccounts.CreateAsync(app, name, OperatorRole.Operator, name);
        using var client = new ConsoleClient(app);

        using var failed = await client.LoginAsync(name, "wrong");
        var failedHtml = await failed.Content.ReadAsStringAsync();
        using var login = await client.LoginAsync(name, password);
        using var console = await client.Http.GetAsync("/console");
        var html = await console.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        // The only script on the page is the console's own, from its own path.
        Assert.All(System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase),
            tag => Assert.StartsWith("<script src=\"/console/assets/", tag.Value, StringComparison.Ordinal));
        Assert.DoesNotContain("<script", failedHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Only_console_pages_are_return_targets()
    {
        var password = await ConsoleTestAccounts.CreateAsync(app, "eko");
        using var client = new ConsoleClient(app);

        using var login = await client.LoginAsync("eko", password, "https://evil.example/console");

        Assert.Equal("/console", login.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var password = await ConsoleTestAccounts.CreateAsync(app, "nina");
        using var client = new ConsoleClient(app);
        using (await client.LoginAsync("nina", password))
        {
        }

        using var logout = await client.LogoutAsync();

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/console/login", logout.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/console")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_without_the_token_is_400_and_keeps_the_session()
    {
        var password = await ConsoleTestAccounts.CreateAsync(app, "yuli");
        using var client = new ConsoleClient(app);
        using (await client.LoginAsync("yuli", password))
        {
        }

        using var logout = await client.PostAsync("/console/logout", []);

        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/console")).StatusCode);
    }
}
