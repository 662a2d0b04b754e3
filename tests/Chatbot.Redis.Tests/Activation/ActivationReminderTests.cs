using Chatbot.Core.Activation;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests.Activation;

/// <summary>The reminder worker's claims: due only, leased, back after the lease, completed once. One server and a cluster.</summary>
public abstract class ActivationReminderTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : ActivationReminderTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : ActivationReminderTests(redis);

    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly IkdTestScope ikd = new(redis);

    public void Dispose() => ikd.Dispose();

    private async Task<(ActivationSession Session, ActivationBooking Booking)> BookedAsync()
    {
        var session = await ikd.CreateSessionAsync();
        return (session, (await ikd.BookAsync(session)).Booking!);
    }

    [Fact]
    public async Task Only_due_reminders_are_claimed_up_to_the_maximum()
    {
        var (session, booking) = await BookedAsync();
        var dayBefore = session.StartsAt.AddDays(-1);

        Assert.Empty(await ikd.Reminders.ClaimDueAsync(dayBefore.AddMilliseconds(-1), Lease, 10));
        var claimed = await ikd.Reminders.ClaimDueAsync(dayBefore, Lease, 10);

        Assert.Equal([new DueReminder(booking.Code, ReminderKind.DayBefore, dayBefore)], claimed);
        var (_, other) = await BookedAsync();
        var many = await ikd.Reminders.ClaimDueAsync(session.StartsAt, Lease, 2);
        Assert.Equal(2, many.Count);
        Assert.Contains(many, r => r.Code == other.Code);
    }

    [Fact]
    public async Task A_claimed_reminder_is_hidden_for_the_lease_and_comes_back_after_it()
    {
        var (session, booking) = await BookedAsync();
        var due = session.StartsAt.AddDays(-1);
        var first = Assert.Single(await ikd.Reminders.ClaimDueAsync(due, Lease, 10));

        Assert.Empty(await ikd.Reminders.ClaimDueAsync(due + Lease - TimeSpan.FromMilliseconds(1), Lease, 10));
        var back = Assert.Single(await ikd.Reminders.ClaimDueAsync(due + Lease, Lease, 10));

        Assert.Equal(first, back);
        Assert.Equal(due, back.DueAt);
        Assert.Equal(booking.Code, back.Code);
    }

    [Fact]
    public async Task A_completed_reminder_is_gone_for_good()
    {
        var (session, _) = await BookedAsync();
        var claimed = Assert.Single(await ikd.Reminders.ClaimDueAsync(session.StartsAt.AddDays(-1), Lease, 10));

        await ikd.Reminders.CompleteAsync(claimed);

        var later = await ikd.Reminders.ClaimDueAsync(session.StartsAt.AddDays(1), Lease, 10);
        Assert.Equal([ReminderKind.HoursBefore], later.Select(r => r.Kind));
    }

    [Fact]
    public async Task Completing_a_claim_that_was_rescheduled_meanwhile_keeps_the_new_reminder()
    {
        var (session, booking) = await BookedAsync();
        var claimed = Assert.Single(await ikd.Reminders.ClaimDueAsync(session.StartsAt.AddDays(-1), Lease, 10));
        var newDue = session.StartsAt.AddDays(6);

        await ikd.Reminders.RescheduleAsync(booking.Code, [new(ReminderKind.DayBefore, newDue)]);
        await ikd.Reminders.CompleteAsync(claimed);

        var stored = await ikd.RemindersOfAsync(booking.Code);
        Assert.Equal(["DayBefore"], stored.Keys);
        Assert.Equal(newDue.ToUnixTimeMilliseconds(), stored["DayBefore"]);
        Assert.Equal([new DueReminder(booking.Code, ReminderKind.DayBefore, newDue)], await ikd.Reminders.ClaimDueAsync(newDue, Lease, 10));
    }

    [Fact]
    public async Task Rescheduling_replaces_the_reminders_of_an_active_booking_only()
    {
        var (session, booking) = await BookedAsync();
        var (_, cancelled) = await BookedAsync();
        await ikd.Bookings.CancelAsync(cancelled.Code, "citizen", null, IkdTestScope.Now);

        await ikd.Reminders.RescheduleAsync(booking.Code, [new(ReminderKind.HoursBefore, session.StartsAt.AddHours(-3))]);
        await ikd.Reminders.RescheduleAsync(cancelled.Code, [new(ReminderKind.HoursBefore, session.StartsAt.AddHours(-3))]);

        Assert.Equal(new Dictionary<string, long> { ["HoursBefore"] = session.StartsAt.AddHours(-3).ToUnixTimeMilliseconds() }, await ikd.RemindersOfAsync(booking.Code));
        Assert.Empty(await ikd.RemindersOfAsync(cancelled.Code));

        // The booking's own steps drop what the reschedule wrote.
        await ikd.Bookings.CancelAsync(booking.Code, "citizen", null, IkdTestScope.Now);
        Assert.Empty(await ikd.RemindersOfAsync(booking.Code));
        Assert.Empty(await ikd.Reminders.ClaimDueAsync(session.EndsAt, Lease, 10));
    }
}
