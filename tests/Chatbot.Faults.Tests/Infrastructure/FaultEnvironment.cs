using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Chatbot.Testing;
using Chatbot.Twilio;

namespace Chatbot.Faults.Tests.Infrastructure;

/// <summary>
/// The processes of one fault test: an append-only redis-server, the Twilio sink, and instances of the service
/// configured through environment variables (Production, leases of 3 s, simulator off). Disposing kills every
/// process it started, whatever happened.
/// </summary>
public sealed class FaultEnvironment : IAsyncDisposable
{
    public const string PublicBaseUrl = "https://adminduk.faults.invalid";

    private readonly ProcessRegistry registry = new();
    private readonly List<ServiceProcess> instances = [];

    private FaultEnvironment(Report report, TwilioSink sink, TwilioOptions account, BotTexts texts)
    {
        Report = report;
        Redis = new RedisServerFixture { AppendOnly = true };
        Sink = sink;
        Account = account;
        Texts = texts;
    }

    public Report Report { get; }

    public RedisServerFixture Redis { get; }

    public TwilioSink Sink { get; }

    /// <summary>The test's Twilio account (random SID and token), as the service and the driver both know it.</summary>
    public TwilioOptions Account { get; }

    public BotTexts Texts { get; }

    public IReadOnlyList<ServiceProcess> Instances => instances;

    /// <param name="appendFsync">Redis' appendfsync: "always" when a test crashes Redis and counts on every acknowledged write.</param>
    public static async Task<FaultEnvironment> StartAsync(ITestOutputHelper output, string appendFsync = "everysec")
    {
        var report = new Report(output);
        var account = new TwilioOptions
        {
            AccountSid = "AC" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            AuthToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            WhatsAppFrom = "whatsapp:+14155238886",
            PublicBaseUrl = PublicBaseUrl,
        };
        var texts = BotTexts.Load();
        var sink = await TwilioSink.StartAsync(account);
        var environment = new FaultEnvironment(report, sink, account, texts);
        environment.Redis.AppendFsync = appendFsync;
        try
        {
            await environment.Redis.StartAsync();
        }
        catch
        {
            await environment.DisposeAsync();
            throw;
        }

        return environment;
    }

    /// <summary>Starts one more instance and waits until GET /readyz answers 200.</summary>
    public async Task<ServiceProcess> StartInstanceAsync(string name, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Redis"] = Redis.ConnectionString,
            ["Twilio__AccountSid"] = Account.AccountSid,
            ["Twilio__AuthToken"] = Account.AuthToken,
            ["Twilio__WhatsAppFrom"] = Account.WhatsAppFrom,
            ["Twilio__PublicBaseUrl"] = Account.PublicBaseUrl!,
            ["Twilio__ApiBaseUrl"] = Sink.BaseUrl,
            ["Twilio__MaxMessagesPerSecond"] = "400",
            ["Bot__DialogsPath"] = ServiceProcess.Dialogs,
            ["Workers__LeaseSeconds"] = "3",
            ["Workers__PollMilliseconds"] = "200",
            ["Simulator__Enabled"] = "false",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>()) settings[key] = value;

        var clock = Stopwatch.StartNew();
        var instance = await ServiceProcess.StartAsync(settings, name, registry);
        instances.Add(instance);
        Report.Line($"{name} ready on {instance.BaseUrl} (pid {instance.Pid}) in {clock.Elapsed.TotalSeconds:0.0} s " +
                    $"[{ServiceProcess.Configuration}, redis 127.0.0.1:{Redis.Port}, sink {Sink.BaseUrl}]");
        return instance;
    }

    /// <summary>
    /// Polls the sink until every accepted message has all its replies (or <paramref name="timeout"/> passes), waits
    /// at least until <paramref name="notBefore"/> (a late duplicate would come after a reclaim), and then
    /// <paramref name="settle"/> longer without new deliveries, so that a duplicate has the time to show.
    /// </summary>
    public async Task<Tally> WaitForRepliesAsync(IReadOnlyCollection<Conversation> conversations, TimeSpan timeout, TimeSpan settle, DateTimeOffset? notBefore = null)
    {
        var clock = Stopwatch.StartNew();
        var tally = Tally.Of(conversations, Sink.Delivered(), Texts);
        while ((!tally.Complete || DateTimeOffset.UtcNow < (notBefore ?? DateTimeOffset.MinValue)) && clock.Elapsed < timeout)
        {
            await Task.Delay(250);
            tally = Tally.Of(conversations, Sink.Delivered(), Texts);
        }

        Report.Line($"replies {(tally.Complete ? "complete" : "INCOMPLETE")} after {clock.Elapsed.TotalSeconds:0.0} s ({tally.Replies} delivered)");
        var count = Sink.DeliveredCount;
        var quiet = Stopwatch.StartNew();
        while (quiet.Elapsed < settle)
        {
            await Task.Delay(250);
            if (Sink.DeliveredCount == count) continue;
            count = Sink.DeliveredCount;
            quiet.Restart();
            if (clock.Elapsed > timeout + settle) break;
        }

        return Tally.Of(conversations, Sink.Delivered(), Texts);
    }

    /// <summary>For a failed test: each instance's last warnings in the report, and its whole output in a log file.</summary>
    public void DumpOutputs([System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatbot-faults-logs", DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + test);
        foreach (var instance in instances)
        {
            var file = Path.Combine(folder, instance.Name + ".log");
            instance.WriteOutput(file);
            Report.Line($"--- {instance.Name} (pid {instance.Pid}, {(instance.HasExited ? "exited" : "running")}): last warnings; whole output in {file} ---{Environment.NewLine}{instance.Output(60, IsWarning)}");
        }

        Report.Line($"--- redis-server ---{Environment.NewLine}{Redis.Output}");
    }

    /// <summary>A warning or error line, leaving out the (many, expected) webhook refusals.</summary>
    private static bool IsWarning(string line) =>
        (line.Contains("warn:", StringComparison.Ordinal) || line.Contains("fail:", StringComparison.Ordinal) || line.Contains("crit:", StringComparison.Ordinal))
        && !line.Contains("answered 503", StringComparison.Ordinal) && !line.Contains("Refused a WhatsApp webhook", StringComparison.Ordinal)
        && !line.Contains("Bad WhatsApp webhook form", StringComparison.Ordinal);

    public static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + "s";

    public async ValueTask DisposeAsync()
    {
        // The services first (so that none is left without Redis), then the sink and Redis.
        registry.Dispose();
        await Sink.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
