using System.Collections.Concurrent;
using System.Diagnostics;
using Chatbot.Faults.Tests.Infrastructure;

namespace Chatbot.Faults.Tests;

/// <summary>
/// Issue 4, 5b: restart Redis (append-only) under load. While it is down the webhook answers 503 (so that Twilio
/// retries), never 200 and never another 5xx; what was accepted before, during and after is answered exactly once.
/// </summary>
public sealed class RedisRestartTests(ITestOutputHelper output)
{
    private const int Citizens = 400;
    private const double StartsPerSecond = 40;
    private static readonly TimeSpan StopAfter = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Webhooks_get_503_while_Redis_is_down_and_nothing_accepted_is_lost_or_duplicated()
    {
        // kill -9 of Redis loses nothing it acknowledged only with appendfsync always.
        await using var environment = await FaultEnvironment.StartAsync(output, appendFsync: "always");
        var report = environment.Report;
        var clock = Stopwatch.StartNew();
        try
        {
            var service = await environment.StartInstanceAsync("S");
            using var driver = new WebhookDriver(environment.Account);
            var conversations = Enumerable.Range(0, Citizens).Select(i => Conversation.Halo(Citizen.Number(12, i))).ToList();
            var attempts = new ConcurrentQueue<WebhookAttempt>();

            var loadStarted = DateTimeOffset.UtcNow;
            var deadline = loadStarted + TimeSpan.FromSeconds(45);
            var load = Load.RunAsync(conversations, StartsPerSecond, maxInFlight: 32,
                (conversation, _) => Load.SendConversationAsync(driver, conversation, _ => service, deadline, attempts.Enqueue));

            await Task.Delay(StopAfter);
            // kill -9: Redis crashes. Every acknowledged write is already in the append-only file (appendfsync always).
            await environment.Redis.StopAsync();
            var down = DateTimeOffset.UtcNow;
            report.Line($"redis-server killed {FaultEnvironment.Seconds(down - loadStarted)} into the load");
            await Task.Delay(Outage);
            var restarting = DateTimeOffset.UtcNow;
            await environment.Redis.StartAsync();
            report.Line($"redis-server up again after {FaultEnvironment.Seconds(DateTimeOffset.UtcNow - down)} (same port, same append-only file)");

            var loadTime = await load;
            report.Line($"load done in {FaultEnvironment.Seconds(loadTime)}: {driver.StatusSummary()}");
            var tally = await environment.WaitForRepliesAsync(conversations, timeout: TimeSpan.FromSeconds(60), settle: TimeSpan.FromSeconds(2));

            // Requests that started after Redis died and ended before it was started again saw only the outage.
            var during = attempts.Where(x => x.Started >= down && x.Ended <= restarting).ToList();
            var duringByStatus = during.GroupBy(x => x.Status).OrderBy(g => g.Key).Select(g => $"http{g.Key}={g.Count()}");
            var wrong = attempts.Where(x => x.Status is not (200 or 503)).ToList();
            report.Line($"during the outage: {during.Count} requests ({string.Join(" ", duringByStatus)})");
            report.Line(tally.Line("redis-restart", $"duration={FaultEnvironment.Seconds(clock.Elapsed)} listed={environment.Sink.Listed} outage503={during.Count(x => x.Status == 503)} {driver.StatusSummary()}"));
            if (tally.Problems.Count > 0) report.Line(tally.ProblemText());

            Assert.False(service.HasExited, "the service died:\n" + service.Output());
            Assert.True(during.Count > 0, "no webhook was sent while Redis was down: the outage was not exercised");
            Assert.True(during.All(x => x.Status == 503), $"while Redis was down the webhook answered {string.Join(", ", during.Where(x => x.Status != 503).Select(x => x.Status).Distinct())} instead of 503");
            Assert.True(wrong.Count == 0, $"answers other than 200 and 503: {string.Join(", ", wrong.GroupBy(x => x.Status).Select(g => $"{g.Key} x{g.Count()}"))}");
            Assert.Equal(tally.Sent, tally.Accepted);
            Assert.True(tally.Lost == 0, $"lost={tally.Lost}:\n{tally.ProblemText()}");
            Assert.True(tally.Duplicated == 0, $"duplicated={tally.Duplicated}:\n{tally.ProblemText()}");
            Assert.True(tally.OutOfOrder == 0 && tally.Unexpected == 0, tally.ProblemText());
        }
        catch
        {
            environment.DumpOutputs();
            throw;
        }
    }
}
