using Chatbot.Core.Identity;
using Chatbot.Desk.Activation;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Activation;

/// <summary>
/// Sends the IKD reminders that are due every Activation:ReminderIntervalSeconds, on every instance: the store claims
/// each due reminder for one instance for a while, so none is sent twice and a crashed instance's come back. The same
/// pass records as no-shows the bookings of sessions whose day is over (<see cref="UnattendedBookings"/>; recording
/// is conditional, so instances racing each other or an officer do no harm). A failed pass is logged and the next one runs on time.
/// </summary>
public sealed class ActivationReminderWorker(ActivationDesk desk, UnattendedBookings unattended, IOptions<ActivationOptions> options, ILogger<ActivationReminderWorker> logger) : BackgroundService
{
    /// <summary>No-shows are a matter of days, not seconds: looking at past sessions now and then is enough.</summary>
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(10);

    private DateTimeOffset lastSweep = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.RemindersEnabled)
        {
            logger.LogInformation("IKD reminders are off in this instance (Activation:RemindersEnabled=false)");
            return;
        }

        await Task.Yield();
        using var timer = new PeriodicTimer(settings.ReminderInterval);
        do
        {
            try
            {
                var sent = await desk.SendDueRemindersAsync(stoppingToken);
                if (sent > 0) logger.LogInformation("Sent {Count} IKD reminders", sent);
                if (DateTimeOffset.UtcNow - lastSweep >= SweepInterval)
                {
                    await unattended.RecordAsync(stoppingToken);
                    lastSweep = DateTimeOffset.UtcNow;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError("Sending the due IKD reminders failed; retrying in {Interval}: {Error}", settings.ReminderInterval, Masking.Redact(ex));
            }
        }
        while (await Wait(timer, stoppingToken));
    }

    private static async Task<bool> Wait(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
