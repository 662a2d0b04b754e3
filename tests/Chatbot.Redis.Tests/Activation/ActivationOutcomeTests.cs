using Chatbot.Core.Activation;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests.Activation;

/// <summary>Recording the officer's outcome and the counts per area and day it feeds. One server and a cluster.</summary>
public abstract class ActivationOutcomeTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : ActivationOutcomeTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : ActivationOutcomeTests(redis);

    private static readonly DateOnly Day1 = new(2030, 3, 7);
    private static readonly DateOnly Day2 = new(2030, 3, 8);

    private readonly IkdTestScope ikd = new(redis);

    public void Dispose() => ikd.Dispose();

    [Fact]
    public async Task Recording_counts_the_outcome_for_the_area_and_day_and_frees_the_nik()
    {
        var ciwandan = await ikd.CreateSessionAsync(area: "ciwandan");
        var pulomerak = await ikd.CreateSessionAsync(area: "pulomerak");
        var a = (await ikd.BookAsync(ciwandan)).Booking!;
        var b = (await ikd.BookAsync(ciwandan)).Booking!;
        var c = (await ikd.BookAsync(ciwandan)).Booking!;
        var d = (await ikd.BookAsync(pulomerak)).Booking!;

        var done = await ikd.Bookings.RecordOutcomeAsync(a.Code, IkdTestScope.Outcome(BookingStatus.Activated, Day1));
        await ikd.Bookings.RecordOutcomeAsync(b.Code, IkdTestScope.Outcome(BookingStatus.Failed, Day1, ActivationFailure.NoEmail));
        await ikd.Bookings.RecordOutcomeAsync(c.Code, IkdTestScope.Outcome(BookingStatus.NoShow, Day2));
        await ikd.Bookings.RecordOutcomeAsync(d.Code, IkdTestScope.Outcome(BookingStatus.Activated, Day2));

        Assert.Equal(BookingOutcome.Done, done.Outcome);
        Assert.Equal(BookingStatus.Activated, done.Booking!.Status);
        Assert.Equal("petugas1", done.Booking.ClosedBy);
        var failed = (await ikd.Bookings.GetAsync(b.Code))!;
        Assert.Equal(ActivationFailure.NoEmail, failed.Failure);
        Assert.Equal("HP tidak mendukung", failed.Note);
        Assert.Null(await ikd.Bookings.FindActiveAsync(a.Nik));
        Assert.Empty(await ikd.RemindersOfAsync(a.Code));
        Assert.Equal(0, await ikd.ActiveNikCountAsync());
        Assert.Equal(3, await ikd.TakenAsync(ciwandan.Id));
        Assert.Equal(
            [new("ciwandan", Day1, 1, 1, 0), new("ciwandan", Day2, 0, 0, 1), new ActivationDayCount("pulomerak", Day2, 1, 0, 0)],
            await ikd.Stats.DailyAsync(Day1, Day2));
        Assert.Equal([new("ciwandan", Day1, 1, 1, 0)], await ikd.Stats.DailyAsync(Day1, Day1));
        Assert.Empty(await ikd.Stats.DailyAsync(Day2.AddDays(1), Day2.AddDays(30)));
        var totals = await ikd.Stats.ActivatedTotalsAsync();
        Assert.Equal(1, totals["ciwandan"]);
        Assert.Equal(1, totals["pulomerak"]);
    }

    [Fact]
    public async Task A_correction_moves_the_count_to_the_new_status_and_day()
    {
        var session = await ikd.CreateSessionAsync(area: "ciwandan");
        var booked = (await ikd.BookAsync(session)).Booking!;
        await ikd.Bookings.RecordOutcomeAsync(booked.Code, IkdTestScope.Outcome(BookingStatus.NoShow, Day1));

        var corrected = await ikd.Bookings.RecordOutcomeAsync(booked.Code, IkdTestScope.Outcome(BookingStatus.Activated, Day2));
        var again = await ikd.Bookings.RecordOutcomeAsync(booked.Code, IkdTestScope.Outcome(BookingStatus.Activated, Day2));

        Assert.Equal(BookingOutcome.Done, corrected.Outcome);
        Assert.Equal(BookingOutcome.Done, again.Outcome);
        Assert.Equal([new ActivationDayCount("ciwandan", Day2, 1, 0, 0)], await ikd.Stats.DailyAsync(Day1, Day2));
        Assert.Equal(1, (await ikd.Stats.ActivatedTotalsAsync())["ciwandan"]);

        await ikd.Bookings.RecordOutcomeAsync(booked.Code, IkdTestScope.Outcome(BookingStatus.Failed, Day1, ActivationFailure.AppError));

        Assert.Equal([new ActivationDayCount("ciwandan", Day1, 0, 1, 0)], await ikd.Stats.DailyAsync(Day1, Day2));
        Assert.False((await ikd.Stats.ActivatedTotalsAsync()).ContainsKey("ciwandan"));
    }

    [Fact]
    public async Task A_cancelled_booking_an_invalid_check_in_or_an_unknown_code_is_refused()
    {
        var session = await ikd.CreateSessionAsync();
        var cancelled = (await ikd.BookAsync(session)).Booking!;
        await ikd.Bookings.CancelAsync(cancelled.Code, "citizen", null, IkdTestScope.Now);
        var booked = (await ikd.BookAsync(session)).Booking!;

        var onCancelled = await ikd.Bookings.RecordOutcomeAsync(cancelled.Code, IkdTestScope.Outcome(BookingStatus.Activated));
        var failedWithoutReason = await ikd.Bookings.RecordOutcomeAsync(booked.Code, IkdTestScope.Outcome(BookingStatus.Failed));
        var backToBooked = await ikd.Bookings.RecordOutcomeAsync(booked.Code, IkdTestScope.Outcome(BookingStatus.Booked));
        var unknown = await ikd.Bookings.RecordOutcomeAsync(BookingCode.New(), IkdTestScope.Outcome(BookingStatus.Activated));

        Assert.Equal(BookingOutcome.IllegalChange, onCancelled.Outcome);
        Assert.Equal(BookingOutcome.IllegalChange, failedWithoutReason.Outcome);
        Assert.Equal(BookingOutcome.IllegalChange, backToBooked.Outcome);
        Assert.Equal(BookingOutcome.NotFound, unknown.Outcome);
        Assert.Equal(BookingStatus.Cancelled, (await ikd.Bookings.GetAsync(cancelled.Code))!.Status);
        Assert.Equal(BookingStatus.Booked, (await ikd.Bookings.GetAsync(booked.Code))!.Status);
        Assert.Empty(await ikd.Stats.DailyAsync(DateOnly.MinValue, DateOnly.MaxValue));
        Assert.Empty(await ikd.Stats.ActivatedTotalsAsync());
    }

    [Fact]
    public async Task A_recorded_booking_can_be_neither_cancelled_nor_moved()
    {
        var session = await ikd.CreateSessionAsync();
        var other = await ikd.CreateSessionAsync();
        var booked = (await ikd.BookAsync(session)).Booking!;
        await ikd.Bookings.RecordOutcomeAsync(booked.Code, IkdTestScope.Outcome(BookingStatus.Activated));

        Assert.Equal(BookingOutcome.NotActive, (await ikd.Bookings.CancelAsync(booked.Code, "citizen", null, IkdTestScope.Now)).Outcome);
        Assert.Equal(BookingOutcome.NotActive, (await ikd.Bookings.RescheduleAsync(booked.Code, other.Id, [], IkdTestScope.Now)).Outcome);
        Assert.Equal(1, await ikd.TakenAsync(session.Id));
    }
}
