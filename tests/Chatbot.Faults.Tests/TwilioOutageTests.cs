using System.Diagnostics;
using Chatbot.Faults.Tests.Infrastructure;

namespace Chatbot.Faults.Tests;

/// <summary>
/// Issue 4, 5c: Twilio's Messages API answers 500, then 429 (Retry-After), then hangs, for a few seconds each, then
/// recovers. Every reply is delivered afterwards, exactly once, and in order per conversation (greeting, menu,
/// consent question, NIK question for "halo", "1", "ya").
/// </summary>
public sealed class TwilioOutageTests(ITestOutputHelper output)
{
    private const int Citizens = 60;
    private static readonly TimeSpan Phase = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Every_reply_is_delivered_in_order_after_Twilio_fails_throttles_and_hangs()
    {
        await using var environment = await FaultEnvironment.StartAsync(output);
        var report = environment.Report;
        var sink = environment.Sink;
        var clock = Stopwatch.StartNew();
        try
        {
            // A hung Twilio call is given up after 2 s (Twilio:RequestTimeoutSeconds) and retried.
            var service = await environment.StartInstanceAsync("S", new Dictionary<string, string> { ["Twilio__RequestTimeoutSeconds"] = "2" });
            using var driver = new WebhookDriver(environment.Account);
            var conversations = Enumerable.Range(0, Citizens).Select(i => Conversation.HaloOneYes(Citizen.Number(13, i))).ToList();

            var loadStarted = DateTimeOffset.UtcNow;
            var load = Load.RunAsync(conversations, perSecond: 20, maxInFlight: 16,
                (conversation, _) => Load.SendConversationAsync(driver, conversation, _ => service, loadStarted + TimeSpan.FromSeconds(30)));

            await Task.Delay(TimeSpan.FromMilliseconds(500));
            foreach (var mode in new[] { SinkMode.ServerError, SinkMode.TooManyRequests, SinkMode.Hang })
            {
                sink.Mode = mode;
                report.Line($"Twilio sink: {mode} for {FaultEnvironment.Seconds(Phase)} ({sink.DeliveredCount} delivered so far)");
                await Task.Delay(Phase);
            }

            sink.Mode = SinkMode.Accept;
            var recovered = DateTimeOffset.UtcNow;
            report.Line($"Twilio sink: accepting again ({sink.DeliveredCount} delivered so far; refused 500 x{sink.RefusedServerError}, 429 x{sink.RefusedTooMany}, hung x{sink.Hung})");

            var loadTime = await load;
            report.Line($"load done in {FaultEnvironment.Seconds(loadTime)}: {driver.StatusSummary()}");
            var tally = await environment.WaitForRepliesAsync(conversations, timeout: TimeSpan.FromSeconds(75), settle: TimeSpan.FromSeconds(2));
            var lastDelivery = sink.Delivered().Select(m => m.At).DefaultIfEmpty(recovered).Max();

            report.Line(tally.Line("twilio-outage",
                $"duration={FaultEnvironment.Seconds(clock.Elapsed)} refused500={sink.RefusedServerError} refused429={sink.RefusedTooMany} hung={sink.Hung} " +
                $"drainedAfterRecovery={FaultEnvironment.Seconds(lastDelivery - recovered)} {driver.StatusSummary()}"));
            if (tally.Problems.Count > 0) report.Line(tally.ProblemText());

            Assert.False(service.HasExited, "the service died:\n" + service.Output());
            Assert.True(sink.RefusedServerError > 0 && sink.RefusedTooMany > 0 && sink.Hung > 0,
                $"every fault must have been met: 500 x{sink.RefusedServerError}, 429 x{sink.RefusedTooMany}, hung x{sink.Hung}");
            Assert.Equal(0, sink.Rejected);
            Assert.Equal(tally.Sent, tally.Accepted);
            Assert.True(tally.Lost == 0, $"lost={tally.Lost}:\n{tally.ProblemText()}");
            Assert.True(tally.Duplicated == 0, $"duplicated={tally.Duplicated}:\n{tally.ProblemText()}");
            Assert.True(tally.OutOfOrder == 0, $"outOfOrder={tally.OutOfOrder}:\n{tally.ProblemText()}");
            Assert.True(tally.Unexpected == 0, $"unexpected={tally.Unexpected}:\n{tally.ProblemText()}");
        }
        catch
        {
            environment.DumpOutputs();
            throw;
        }
    }
}
