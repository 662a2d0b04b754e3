using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Chatbot.Faults.Tests.Infrastructure;

namespace Chatbot.Faults.Tests;

/// <summary>
/// Issue 4, 5d: 10,000 fuzzed webhook bodies against one instance (see <see cref="WebhookFuzzer"/>), half signed so
/// that they reach the parser. Only 4xx, and 200 for well-formed signed ones; never 5xx and never no answer; the process
/// stays alive and ready, its resident memory stays bounded, and what it accepted is answered once.
/// </summary>
public sealed class WebhookFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20260404;
    private const int Bodies = 10_000;
    private const int WarmUpBodies = 300;
    private const int InFlight = 32;

    [Fact]
    public async Task Fuzzed_webhooks_get_only_4xx_or_200_and_the_service_stays_up_with_stable_memory()
    {
        await using var environment = await FaultEnvironment.StartAsync(output);
        var report = environment.Report;
        var clock = Stopwatch.StartNew();
        try
        {
            var service = await environment.StartInstanceAsync("S", new Dictionary<string, string> { ["Twilio__MaxMessagesPerSecond"] = "1000" });
            using var driver = new WebhookDriver(environment.Account);
            report.Line($"fuzz seed={Seed} bodies={Bodies} (warm-up: {WarmUpBodies} bodies of seed {Seed + 1}); reproduce a case with its seed and index");

            var rssReady = service.ResidentBytes();
            var warmUp = new WebhookFuzzer(Seed + 1, environment.Account, environment.Sink.BaseUrl, phoneBlock: 15);
            var warmUpResults = await RunAsync(driver, service, warmUp, WarmUpBodies);
            var rssBefore = service.ResidentBytes();

            var fuzzer = new WebhookFuzzer(Seed, environment.Account, environment.Sink.BaseUrl, phoneBlock: 14);
            var fuzzClock = Stopwatch.StartNew();
            var results = await RunAsync(driver, service, fuzzer, Bodies);
            var fuzzTime = fuzzClock.Elapsed;
            var rssAfter = service.ResidentBytes();

            var all = warmUpResults.Concat(results).ToList();
            var failures = all.Where(r => Violation(r) is not null).ToList();
            var byStatus = results.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"http{(g.Key == 0 ? "None" : g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture))}={g.Count()}");
            var byKind = results.GroupBy(r => r.Case.Kind).OrderBy(g => g.Key)
                .Select(g => $"{g.Key}:{string.Join("/", g.GroupBy(r => r.Status).OrderBy(s => s.Key).Select(s => $"{s.Key}x{s.Count()}"))}");
            report.Line($"sent {Bodies} fuzzed bodies in {FaultEnvironment.Seconds(fuzzTime)}: {string.Join(" ", byStatus)}");
            report.Line("by kind (status x count): " + string.Join(" ", byKind));

            // What was accepted must be answered, once: every recipient of an accepted message gets a reply, and no reply twice.
            var accepted = results.Where(r => r.Status == 200).ToList();
            var recipients = accepted.Where(r => r.Case.Recipient is not null).GroupBy(r => r.Case.Recipient!).ToDictionary(g => g.Key, g => g.Count());
            var warmedUp = warmUpResults.Where(r => r.Status == 200 && r.Case.Recipient is not null).Select(r => r.Case.Recipient!).ToHashSet();
            var replies = await WaitForAnyReplyAsync(environment, recipients.Keys.Concat(warmedUp), TimeSpan.FromSeconds(60));
            var lostRecipients = recipients.Keys.Where(r => !replies.ContainsKey(r)).ToList();
            var lost = lostRecipients.Sum(r => recipients[r]) + accepted.Count(r => r.Case.Recipient is null);
            var duplicatedRecipients = recipients.Where(r => r.Value == 1 && replies.TryGetValue(r.Key, out var bodies) && bodies.Count != bodies.Distinct(StringComparer.Ordinal).Count()).Select(r => r.Key).ToList();
            var strangers = environment.Sink.Delivered().Where(m => !recipients.ContainsKey(m.To) && !warmedUp.Contains(m.To)).ToList();

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var healthz = await service.StatusOfAsync(http, "/healthz");
            var readyz = await service.StatusOfAsync(http, "/readyz");
            var mb = (long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "MB";

            report.Line($"[webhook-fuzz] sent={Bodies} accepted={accepted.Count} answered={accepted.Count - lost} lost={lost} " +
                        $"duplicated={duplicatedRecipients.Count} seed={Seed} violations={failures.Count} unexpected={strangers.Count} replies={environment.Sink.DeliveredCount} {string.Join(" ", byStatus)} uploadsCutOff={results.Count(CutOff)} " +
                        $"rssReady={mb(rssReady)} rssBefore={mb(rssBefore)} rssAfter={mb(rssAfter)} healthz={(int?)healthz} readyz={(int?)readyz} " +
                        $"duration={FaultEnvironment.Seconds(clock.Elapsed)}");
            foreach (var failure in failures.Take(15)) report.Line("violation: " + Violation(failure) + " " + Describe(failure));
            foreach (var recipient in lostRecipients.Take(5)) report.Line($"lost: no reply to {recipient}");
            foreach (var recipient in duplicatedRecipients.Take(5)) report.Line($"duplicated: {recipient} got {string.Join(" | ", replies[recipient])}");
            foreach (var stranger in strangers.Take(5)) report.Line($"unexpected: a reply to {stranger.To}, who got no 200");

            Assert.False(service.HasExited, "the service died:\n" + service.Output());
            Assert.Equal(HttpStatusCode.OK, healthz);
            Assert.Equal(HttpStatusCode.OK, readyz);
            Assert.True(failures.Count == 0, $"{failures.Count} answers broke the rules (seed {Seed}), e.g.:\n" + string.Join("\n", failures.Take(10).Select(f => Violation(f) + " " + Describe(f))));
            Assert.True(rssAfter < 2 * rssBefore + 100L * 1024 * 1024, $"resident memory grew from {mb(rssBefore)} to {mb(rssAfter)}");
            Assert.True(lost == 0, $"lost={lost}: no reply to {string.Join(", ", lostRecipients.Take(10))}");
            Assert.True(duplicatedRecipients.Count == 0, $"duplicated={duplicatedRecipients.Count}: {string.Join(", ", duplicatedRecipients.Take(10))}");
            Assert.True(strangers.Count == 0, $"{strangers.Count} replies went to numbers whose webhooks were refused, e.g. {strangers.FirstOrDefault()?.To}");
        }
        catch
        {
            environment.DumpOutputs();
            throw;
        }
    }

    private sealed record Result(FuzzCase Case, int Status, string? Error);

    /// <summary>
    /// Why an answer breaks the rules, or null: never 5xx or no answer; 200 for well-formed signed; 4xx for unsigned.
    /// One exception: a chunked body over 64 KB may be cut off (the service stops reading and closes the connection
    /// while the client is still sending), which is a refusal too.
    /// </summary>
    private static string? Violation(Result result) => result switch
    {
        { Status: 0 } when CutOff(result) => null,
        { Status: 0 } => $"no HTTP answer ({result.Error})",
        { Status: >= 500 } => $"HTTP {result.Status}",
        { Case.WellFormed: true, Status: not 200 } => $"well-formed signed body got HTTP {result.Status}, not 200",
        { Case.Signed: false, Status: not (>= 400 and < 500) } => $"unsigned body got HTTP {result.Status}, not 4xx",
        { Status: not (200 or (>= 400 and < 500)) } => $"HTTP {result.Status}",
        _ => null,
    };

    private static bool CutOff(Result result) => result is { Status: 0, Case: { Chunked: true, Body.Length: > 64 * 1024 } };

    private static string Describe(Result result)
    {
        var c = result.Case;
        var head = Encoding.UTF8.GetString(c.Body, 0, Math.Min(c.Body.Length, 160)).ReplaceLineEndings("\\n");
        return $"[case {c.Index} {c.Kind} {(c.Signed ? "signed" : "unsigned")} {(c.Chunked ? "chunked" : "length")} {c.Body.Length} B, " +
               $"Content-Type: {c.ContentType ?? "(none)"}] {head}";
    }

    private static async Task<List<Result>> RunAsync(WebhookDriver driver, ServiceProcess service, WebhookFuzzer fuzzer, int count)
    {
        var results = new ConcurrentBag<Result>();
        using var slots = new SemaphoreSlim(InFlight);
        var running = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var fuzz = fuzzer.Next();
            await slots.WaitAsync();
            running.Add(Task.Run(async () =>
            {
                try
                {
                    var response = await driver.PostRawAsync(service.BaseUrl, fuzz.Body, fuzz.ContentType, fuzz.Signature, fuzz.Chunked, expectContinue: fuzz.Body.Length > 64 * 1024);
                    results.Add(new Result(fuzz, response.Status, response.Error));
                }
                finally
                {
                    slots.Release();
                }
            }));
        }

        await Task.WhenAll(running);
        return results.OrderBy(r => r.Case.Index).ToList();
    }

    /// <summary>The bodies delivered to each recipient, once every recipient has at least one (or the timeout passed) and 2 s more.</summary>
    private static async Task<Dictionary<string, List<string>>> WaitForAnyReplyAsync(FaultEnvironment environment, IEnumerable<string> recipients, TimeSpan timeout)
    {
        var wanted = recipients.ToHashSet(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var got = environment.Sink.Delivered().Select(m => m.To).ToHashSet(StringComparer.Ordinal);
            if (wanted.All(got.Contains)) break;
            await Task.Delay(250);
        }

        environment.Report.Line($"replies to the accepted bodies after {FaultEnvironment.Seconds(clock.Elapsed)}: {environment.Sink.DeliveredCount} delivered");
        await Task.Delay(TimeSpan.FromSeconds(2));
        return environment.Sink.Delivered().GroupBy(m => m.To, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(m => m.Sequence).Select(m => m.Body).ToList(), StringComparer.Ordinal);
    }
}
