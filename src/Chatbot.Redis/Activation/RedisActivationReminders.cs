using Chatbot.Core.Activation;
using Chatbot.Core.Ports;
using Microsoft.Extensions.Options;

namespace Chatbot.Redis.Activation;

/// <summary>
/// Booking reminders in the {ikd} slot: a sorted set scored by when each is next visible (its due time, then the end
/// of a claim) beside each one's own due time (<see cref="RedisKeys.IkdReminderDue"/>). A completion removes the
/// reminder only while its due time is still the one claimed: one rescheduled meanwhile (another due time) stays, and
/// one replaced by the same due time is the same reminder, so removing it is right.
/// </summary>
public sealed class RedisActivationReminders(RedisContext redis, IOptions<ActivationStoreOptions> options) : IActivationReminders
{
    private readonly IkdStore store = new(redis, options.Value);

    public async Task<IReadOnlyList<DueReminder>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var result = await store.RunAsync(
            IkdScripts.Reminders, [], ["claim", IkdTime.Ms(now), (long)lease.TotalMilliseconds, max], cancellationToken);
        var due = new List<DueReminder>(result.Length / 2);
        for (var i = 0; i + 1 < result.Length; i += 2)
        {
            var member = (string)result[i]!;
            var separator = member.LastIndexOf('|');
            if (!BookingCode.TryParse(member[..separator], out var code) || !Enum.TryParse<ReminderKind>(member[(separator + 1)..], out var kind)) continue;
            due.Add(new DueReminder(code, kind, IkdTime.At((long)result[i + 1])));
        }

        return due;
    }

    public Task CompleteAsync(DueReminder reminder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return store.RunAsync(
            IkdScripts.Reminders, [], ["complete", $"{reminder.Code.Value}|{reminder.Kind}", IkdTime.Ms(reminder.DueAt)], cancellationToken);
    }

    public Task RescheduleAsync(BookingCode code, IReadOnlyList<ScheduledReminder> reminders, CancellationToken cancellationToken = default) =>
        store.RunAsync(IkdScripts.Reminders, [], ["reschedule", code.Value, .. BookingResults.Values(reminders)], cancellationToken);
}
