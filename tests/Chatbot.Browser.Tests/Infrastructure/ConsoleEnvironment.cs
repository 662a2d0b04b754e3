using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Chatbot.Testing;
using Chatbot.Twilio;
using Microsoft.Playwright;

namespace Chatbot.Browser.Tests.Infrastructure;

/// <summary>
/// What every browser test shares: a redis-server, the Twilio sink, the service as a real process, and Debian's
/// chromium launched once by Playwright (headless, its own fresh temporary profile; each test gets new browser contexts,
/// so no cookie leaks between tests). Accounts are made with the service's own "create-operator" command.
/// </summary>
public sealed partial class ConsoleEnvironment : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The arguments chromium gets: headless, no sandbox (containers), nothing that calls out to the network.</summary>
    public static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--autoplay-policy=no-user-gesture-required",
    ];

    private readonly RedisServerFixture redis = new();
    private readonly string profile = Path.Combine(Path.GetTempPath(), "chatbot-browser-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? playwright;
    private int nikSerial;

    public TwilioOptions Account { get; } = new()
    {
        AccountSid = "AC" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
        AuthToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
        WhatsAppFrom = "whatsapp:+14155238886",
        PublicBaseUrl = "https://adminduk.browser-tests.invalid",
    };

    public TwilioSink Sink { get; private set; } = null!;

    public ServiceProcess Service { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(15) };

    public Dictionary<string, string> Settings { get; } = new();

    /// <summary>Every page opened, for the failure report (screenshots of the last ones).</summary>
    public List<IPage> Pages { get; } = [];

    /// <summary>Runs a test body; a failure carries screenshots and logs of the pages it opened.</summary>
    public Task RunAsync(Func<Task> body, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var first = Pages.Count;
        return PageDiagnostics.RunAsync(body, () => Pages.Skip(first).Where(p => !p.IsClosed).ToList(), test);
    }

    public async Task InitializeAsync()
    {
        try
        {
            await StartAsync();
        }
        catch
        {
            // xunit does not dispose a fixture whose start failed: stop what did start (redis, the service, the sink).
            await DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync()
    {
        if (!File.Exists(ChromiumPath)) throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install chromium (scripts/test does).");
        await redis.StartAsync();
        Sink = await TwilioSink.StartAsync(Account);
        Sink.PlayStatusCallbacks = true;
        Settings["ConnectionStrings__Redis"] = redis.ConnectionString;
        Settings["Redis__KeyPrefix"] = RedisServerFixture.NewKeyPrefix();
        Settings["Twilio__AccountSid"] = Account.AccountSid;
        Settings["Twilio__AuthToken"] = Account.AuthToken;
        Settings["Twilio__WhatsAppFrom"] = Account.WhatsAppFrom;
        Settings["Twilio__PublicBaseUrl"] = Account.PublicBaseUrl!;
        Settings["Twilio__ApiBaseUrl"] = Sink.BaseUrl;
        Settings["Bot__DialogsPath"] = ServiceProcess.Dialogs;
        Settings["Workers__PollMilliseconds"] = "100";
        Settings["Simulator__Enabled"] = "false";
        Settings["Templates__0__Name"] = "kabar_permohonan";
        Settings["Templates__0__ContentSid"] = "HX" + new string('7', 32);
        Settings["Templates__0__Variables__0"] = "name";
        Settings["Templates__0__Variables__1"] = "code";
        Settings["Templates__0__Description"] = "Halo {name}, ada kabar tentang permohonan {code}. Balas pesan ini untuk melanjutkan.";
        Settings["CannedResponses__0__Name"] = "sedang_diproses";
        Settings["CannedResponses__0__Text"] = "Halo {name}, permohonan {code} sedang kami proses.";
        // Routing: offers are answered within 20 s; "budi" serves only the IKD queue (for the other-queue test).
        Settings["Routing__PassMilliseconds"] = "300";
        Settings["Routing__AcceptTimeoutSeconds"] = "20";
        Settings["Routing__Operators__budi__Skills__0"] = "ikd";
        Service = await ServiceProcess.StartAsync(Settings);
        Sink.CallbackTarget = Service.BaseUrl;

        Directory.CreateDirectory(profile);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            DownloadsPath = profile,
            Timeout = 60_000,
        });
    }

    /// <summary>A NIK no other test of this run uses (the same NIK would join an open case): Kota Cilegon, born 17-08-1990.</summary>
    public string NextNik() => "367201170890" + Interlocked.Increment(ref nikSerial).ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>
    /// <see cref="CreateAccountWithOneTimePasswordAsync"/>, then the owner's first sign-in (without a browser): the
    /// one-time password changed on the change-password page. The new password, which signs in straight to the console.
    /// </summary>
    public async Task<string> CreateAccountAsync(string userName, string role, string displayName, string? institution = null) =>
        await ChangeFirstPasswordAsync(userName, await CreateAccountWithOneTimePasswordAsync(userName, role, displayName, institution));

    /// <summary>
    /// "create-operator name role display [institution]" through the service's dll (a coordinator's last argument is their
    /// institution: an id, or a new institution's name); the one-time password it printed (to be changed at the first sign-in).
    /// </summary>
    public async Task<string> CreateAccountWithOneTimePasswordAsync(string userName, string role, string displayName, string? institution = null)
    {
        string[] args = institution is null ? ["create-operator", userName, role, displayName] : ["create-operator", userName, role, displayName, institution];
        var (code, output) = await ServiceProcess.CommandAsync(Settings, args);
        Assert.True(code == 0, $"create-operator {userName} exited {code}:\n{output}");
        var match = PasswordLine().Match(output);
        Assert.True(match.Success, "No password in: " + output);
        return match.Groups[1].Value;
    }

    /// <summary>A password that keeps the service's rule (12 characters or more).</summary>
    public static string NewPassword() => "Sandi-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    /// <summary>Signs in with the one-time password and chooses a new one on the change-password page, over plain HTTP; the new one.</summary>
    private async Task<string> ChangeFirstPasswordAsync(string userName, string oneTimePassword)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(Service.BaseUrl), Timeout = TimeSpan.FromSeconds(15) };
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await FormTokenAsync(http, "/console/login"),
            ["userName"] = userName,
            ["password"] = oneTimePassword,
            ["returnUrl"] = string.Empty,
        };
        using (var login = await http.PostAsync("/console/login", new FormUrlEncodedContent(fields)))
            Assert.True(login.Headers.Location?.OriginalString == "/console/kata-sandi", $"{userName}'s first sign-in went to {login.Headers.Location}");

        var password = NewPassword();
        fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await FormTokenAsync(http, "/console/kata-sandi"),
            ["currentPassword"] = oneTimePassword,
            ["newPassword"] = password,
            ["confirmPassword"] = password,
        };
        using var changed = await http.PostAsync("/console/kata-sandi", new FormUrlEncodedContent(fields));
        Assert.True(changed.StatusCode == HttpStatusCode.OK, $"{userName}'s password change: {(int)changed.StatusCode} {await changed.Content.ReadAsStringAsync()}");
        return password;
    }

    private static async Task<string> FormTokenAsync(HttpClient http, string path)
    {
        var match = TokenField().Match(await http.GetStringAsync(path));
        Assert.True(match.Success, $"{path} has no antiforgery field.");
        return match.Groups[1].Value;
    }

    /// <summary>A new browser context (its own cookies) on a phone-sized or desktop viewport, or the one given.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false, ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Service.BaseUrl,
            Locale = "id-ID",
            TimezoneId = "Asia/Jakarta",
            ViewportSize = viewport ?? (phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 }),
            IsMobile = phone,
            HasTouch = phone,
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        PageDiagnostics.Watch(page);
        Pages.Add(page);
        return page;
    }

    /// <summary>Signs in through the real form and waits for the console app to start.</summary>
    public Task<IPage> SignInAsync(string userName, string password, bool phone = false) =>
        SignInAsync(userName, password, "/console", phone);

    /// <summary>Signs in through the real form on its way to <paramref name="path"/> and waits for that page's script to be ready.</summary>
    public async Task<IPage> SignInAsync(string userName, string password, string path, bool phone = false, ViewportSize? viewport = null)
    {
        var page = await NewPageAsync(phone, viewport);
        await page.GotoAsync("/console/login?returnUrl=" + Uri.EscapeDataString(path));
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(new Regex(Regex.Escape(path) + "$"));
        await page.WaitForSelectorAsync("body[data-ready=true]");
        return page;
    }

    /// <summary>
    /// Signs in through the real form with a one-time password, chooses a new password on the change-password page the
    /// service sends the account to, then opens <paramref name="path"/> and waits for its script; the page and the new password.
    /// </summary>
    public async Task<(IPage Page, string Password)> SignInFirstTimeAsync(string userName, string oneTimePassword, string path = "/console")
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/console/login?returnUrl=" + Uri.EscapeDataString(path));
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", oneTimePassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(new Regex("/console/kata-sandi$"));
        var password = NewPassword();
        await page.FillAsync("#currentPassword", oneTimePassword);
        await page.FillAsync("#newPassword", password);
        await page.FillAsync("#confirmPassword", password);
        await page.ClickAsync("form[action='/console/kata-sandi'] button[type=submit]");
        await page.WaitForSelectorAsync("#continue");
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("body[data-ready=true]");
        return (page, password);
    }

    public Citizen NewCitizen(string profileName) => Citizen.Create(this, profileName);

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        Browser = null!;
        playwright?.Dispose();
        playwright = null;
        Service?.Dispose();
        Service = null!;
        if (Sink is not null) await Sink.DisposeAsync();
        Sink = null!;
        await redis.DisposeAsync();
        Http.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [GeneratedRegex(@"password:\s+(\S+)")]
    private static partial Regex PasswordLine();

    [GeneratedRegex(@"name=""__RequestVerificationToken"" value=""([^""]+)""")]
    private static partial Regex TokenField();
}

[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleEnvironment>
{
    public const string Name = "console";
}
