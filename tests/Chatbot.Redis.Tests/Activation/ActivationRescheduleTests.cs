using Chatbot.Core.Activation;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests.Activation;

/// <summary>Moving a booking: the new seat and the old one change together, or nothing changes. One server and a cluster.</summary>
public abstract class ActivationRescheduleTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : ActivationRescheduleTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : ActivationRescheduleTests(redis);

    private readonly IkdTestScope ikd = new(redis);

    public void Dispose() => ikd.Dispose();

    [Fact]
    public async Task Rescheduling_takes_the_new_seat_gives_back_the_old_and_replaces_the_reminders()
    {
        var from = await ikd.CreateSessionAsync();
        var to = await ikd.CreateSessionAsync(startsAt: IkdTestScope.Now.AddDays(10));
        var booked = (await ikd.BookAsync(from)).Booking!;
        IReadOnlyList<ScheduledReminder> reminders = [new(ReminderKind.HoursBefore, to.StartsAt.AddHours(-2))];

        var result = await ikd.Bookings.RescheduleAsync(booked.Code, to.Id, reminders, IkdTestScope.Now);

        Assert.Equal(BookingOutcome.Done, result.Outcome);
        Assert.Equal(booked.Code, result.Booking!.Code);
        Assert.Equal(to.Id, result.Booking.SessionId);
        Assert.Equal(1, result.Session!.Taken);
        Assert.Equal(0, await ikd.TakenAsync(from.Id));
        Assert.Equal(1, await ikd.TakenAsync(to.Id));
        Assert.Equal(to.Id, (await ikd.Bookings.FindActiveAsync(booked.Nik))!.SessionId);
        Assert.Empty(await ikd.Bookings.ListForSessionAsync(from.Id));
        Assert.Equal([booked.Code], (await ikd.Bookings.ListForSessionAsync(to.Id)).Select(b => b.Code));
        var stored = await ikd.RemindersOfAsync(booked.Code);
        Assert.Equal(["HoursBefore"], stored.Keys);
        Assert.Equal(to.StartsAt.AddHours(-2).ToUnixTimeMilliseconds(), stored["HoursBefore"]);
    }

    [Fact]
    public async Task A_full_target_changes_nothing()
    {
        var from = await ikd.CreateSessionAsync();
        var to = await ikd.CreateSessionAsync(officers: 1, perOfficer: 1);
        await ikd.BookAsync(to);
        var booked = (await ikd.BookAsync(from)).Booking!;
        var remindersBefore = await ikd.RemindersOfAsync(booked.Code);

        var result = await ikd.Bookings.RescheduleAsync(booked.Code, to.Id, [], IkdTestScope.Now);

        Assert.Equal(BookingOutcome.SessionFull, result.Outcome);
        Assert.Equal(1, await ikd.TakenAsync(from.Id));
        Assert.Equal(1, await ikd.TakenAsync(to.Id));
        Assert.Equal(from.Id, (await ikd.Bookings.GetAsync(booked.Code))!.SessionId);
        Assert.Equal(remindersBefore, await ikd.RemindersOfAsync(booked.Code));
        Assert.Single(await ikd.Bookings.ListForSessionAsync(from.Id));
    }

    [Fact]
    public async Task An_unavailable_or_reserved_target_changes_nothing()
    {
        var from = await ikd.CreateSessionAsync();
        var started = await ikd.CreateSessionAsync(startsAt: IkdTestScope.Now.AddHours(1));
        var reserved = await ikd.CreateSessionAsync(reservedFor: "pt-sritex");
        var booked = (await ikd.BookAsync(from)).Booking!;

        Assert.Equal(BookingOutcome.SessionUnavailable, (await ikd.Bookings.RescheduleAsync(booked.Code, started.Id, [], IkdTestScope.Now.AddHours(1))).Outcome);
        Assert.Equal(BookingOutcome.SessionUnavailable, (await ikd.Bookings.RescheduleAsync(booked.Code, "SNOSUCH", [], IkdTestScope.Now)).Outcome);
        Assert.Equal(BookingOutcome.Reserved, (await ikd.Bookings.RescheduleAsync(booked.Code, reserved.Id, [], IkdTestScope.Now)).Outcome);

        Assert.Equal(1, await ikd.TakenAsync(from.Id));
        Assert.Equal(0, await ikd.TakenAsync(started.Id));
        Assert.Equal(0, await ikd.TakenAsync(reserved.Id));
        Assert.Equal(from.Id, (await ikd.Bookings.GetAsync(booked.Code))!.SessionId);
    }

    [Fact]
    public async Task A_closed_or_unknown_booking_is_not_moved()
    {
        var from = await ikd.CreateSessionAsync();
        var to = await ikd.CreateSessionAsync();
        var booked = (await ikd.BookAsync(from)).Booking!;
        await ikd.Bookings.CancelAsync(booked.Code, "citizen", null, IkdTestScope.Now);

        Assert.Equal(BookingOutcome.NotActive, (await ikd.Bookings.RescheduleAsync(booked.Code, to.Id, [], IkdTestScope.Now)).Outcome);
        Assert.Equal(BookingOutcome.NotFound, (await ikd.Bookings.RescheduleAsync(BookingCode.New(), to.Id, [], IkdTestScope.Now)).Outcome);
        Assert.Equal(0, await ikd.TakenAsync(to.Id));
    }

    [Fact]
    public async Task Moving_twice_follows_the_booking_to_where_it_is_now()
    {
        var a = await ikd.CreateSessionAsync();
        var b = await ikd.CreateSessionAsync();
        var c = await ikd.CreateSessionAsync();
        var booked = (await ikd.BookAsync(a)).Booking!;

        await ikd.Bookings.RescheduleAsync(booked.Code, b.Id, [], IkdTestScope.Now);
        var result = await ikd.Bookings.RescheduleAsync(booked.Code, c.Id, [], IkdTestScope.Now);

        Assert.Equal(BookingOutcome.Done, result.Outcome);
        Assert.Equal(0, await ikd.TakenAsync(a.Id));
        Assert.Equal(0, await ikd.TakenAsync(b.Id));
        Assert.Equal(1, await ikd.TakenAsync(c.Id));
        Assert.Empty(await ikd.Bookings.ListForSessionAsync(b.Id));
    }
}
