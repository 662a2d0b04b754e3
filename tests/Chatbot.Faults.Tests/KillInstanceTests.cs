using System.Diagnostics;
using Chatbot.Faults.Tests.Infrastructure;

namespace Chatbot.Faults.Tests;

/// <summary>
/// Issue 4, 5a: kill -9 one of two instances under steady load. Every message accepted (HTTP 200) by either instance
/// is answered exactly once: no citizen gets the greeting twice, none gets nothing, within a bounded wait after the
/// kill (leases of 3 s; pending entries of the dead instance are reclaimed).
/// </summary>
public sealed class KillInstanceTests(ITestOutputHelper output)
{
    private const int Citizens = 480;
    private const double StartsPerSecond = 40;
    private static readonly TimeSpan KillAfter = TimeSpan.FromSeconds(4);

    [Fact]
    public async Task Every_accepted_message_is_answered_once_when_an_instance_is_killed_under_load()
    {
        await using var environment = await FaultEnvironment.StartAsync(output);
        var report = environment.Report;
        var clock = Stopwatch.StartNew();
        try
        {
            // A starts first, so it takes the partition leases: it is the instance doing the work when it dies.
            var a = await environment.StartInstanceAsync("A");
            var b = await environment.StartInstanceAsync("B");
            using var driver = new WebhookDriver(environment.Account);
            var conversations = Enumerable.Range(0, Citizens).Select(i => Conversation.Halo(Citizen.Number(11, i))).ToList();

            var loadStarted = DateTimeOffset.UtcNow;
            var deadline = loadStarted + TimeSpan.FromSeconds(45);
            var instances = new[] { a, b };
            var load = Load.RunAsync(conversations, StartsPerSecond, maxInFlight: 32,
                (conversation, i) => Load.SendConversationAsync(driver, conversation, attempt => instances[(i + attempt) % 2], deadline));

            await Task.Delay(KillAfter);
            var deliveredBeforeKill = environment.Sink.DeliveredCount;
            a.Kill();
            var killedAt = DateTimeOffset.UtcNow;
            report.Line($"killed A (kill -9) {FaultEnvironment.Seconds(killedAt - loadStarted)} into the load; {deliveredBeforeKill} replies delivered so far");

            var loadTime = await load;
            report.Line($"load done in {FaultEnvironment.Seconds(loadTime)}: {driver.StatusSummary()}");

            // The dead instance's entries are taken over once its lease (3 s) or membership has expired and they have been
            // idle for the claim time (10 s by default): wait well past that, so that a late duplicate would be seen.
            var tally = await environment.WaitForRepliesAsync(conversations, timeout: TimeSpan.FromSeconds(60), settle: TimeSpan.FromSeconds(2),
                notBefore: killedAt + TimeSpan.FromSeconds(22));

            report.Line(tally.Line("kill-instance", $"duration={FaultEnvironment.Seconds(clock.Elapsed)} listed={environment.Sink.Listed} {driver.StatusSummary()}"));
            if (tally.Problems.Count > 0) report.Line(tally.ProblemText());

            Assert.False(b.HasExited, "instance B died:\n" + b.Output());
            Assert.Equal(tally.Sent, tally.Accepted);
            Assert.Equal(0, environment.Sink.Rejected);
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
