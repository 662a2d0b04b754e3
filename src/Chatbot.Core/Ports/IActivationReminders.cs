using Chatbot.Core.Activation;

namespace Chatbot.Core.Ports;

/// <summary>
/// Reminders that are due, for the reminder worker on any instance. A claimed reminder is hidden from other instances
/// for the lease and comes back if it is not completed in time (the instance crashed): none is lost, and a completed
/// one is never sent again. Reminders are written and dropped by the booking operations themselves.
/// </summary>
public interface IActivationReminders
{
    /// <summary>Up to <paramref name="max"/> reminders due at or before <paramref name="now"/>, each claimed for <paramref name="lease"/>.</summary>
    Task<IReadOnlyList<DueReminder>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken = default);

    /// <summary>The reminder was sent (or is moot: the booking is no longer active): it is removed for good.</summary>
    Task CompleteAsync(DueReminder reminder, CancellationToken cancellationToken = default);

    /// <summary>Replaces the booking's reminders (after its session's time changed).</summary>
    Task RescheduleAsync(BookingCode code, IReadOnlyList<ScheduledReminder> reminders, CancellationToken cancellationToken = default);
}
