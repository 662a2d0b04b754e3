using System.Diagnostics;

namespace Chatbot.Faults.Tests.Infrastructure;

/// <summary>Steady load: conversations started at a fixed rate, a bounded number at once, each message sent as Twilio would.</summary>
public static class Load
{
    /// <summary>Starts conversation i at i / <paramref name="perSecond"/> seconds, at most <paramref name="maxInFlight"/> at once; returns how long all took.</summary>
    public static async Task<TimeSpan> RunAsync(IReadOnlyList<Conversation> conversations, double perSecond, int maxInFlight, Func<Conversation, int, Task> run)
    {
        using var slots = new SemaphoreSlim(maxInFlight);
        var clock = Stopwatch.StartNew();
        var running = new List<Task>(conversations.Count);
        for (var i = 0; i < conversations.Count; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond) - clock.Elapsed;
            if (due > TimeSpan.Zero) await Task.Delay(due);
            await slots.WaitAsync();
            var conversation = conversations[i];
            var index = i;
            running.Add(Task.Run(async () =>
            {
                try
                {
                    await run(conversation, index);
                }
                finally
                {
                    slots.Release();
                }
            }));
        }

        await Task.WhenAll(running);
        return clock.Elapsed;
    }

    /// <summary>
    /// Sends the conversation's messages in order, each once the previous was accepted. A message that is not
    /// answered 200 is sent again with the same MessageSid (as Twilio retries), to the instance <paramref name="target"/>
    /// picks for that attempt, until <paramref name="deadline"/>; then the conversation stops there.
    /// </summary>
    public static async Task SendConversationAsync(
        WebhookDriver driver,
        Conversation conversation,
        Func<int, ServiceProcess> target,
        DateTimeOffset deadline,
        Action<WebhookAttempt>? observe = null)
    {
        foreach (var step in conversation.Steps)
        {
            var message = conversation.Citizen.Says(step.Text);
            for (var attempt = 0; ; attempt++)
            {
                var instance = target(attempt);
                step.Sent = true;
                step.Attempts++;
                var started = DateTimeOffset.UtcNow;
                var status = await driver.PostAsync(instance.BaseUrl, message);
                observe?.Invoke(new WebhookAttempt(instance.Name, status, started, DateTimeOffset.UtcNow));
                if (status == 200)
                {
                    step.Accepted = true;
                    break;
                }

                if (DateTimeOffset.UtcNow > deadline) return;
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(1000, 100 * (1 << Math.Min(attempt, 4))) + Random.Shared.Next(100)));
            }
        }
    }
}
