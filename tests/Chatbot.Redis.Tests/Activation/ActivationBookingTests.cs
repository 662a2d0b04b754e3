using Chatbot.Core.Activation;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests.Activation;

/// <summary>A citizen's own booking: every outcome of Book and Cancel, and the reads. Runs on one server and on a cluster.</summary>
public abstract class ActivationBookingTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : ActivationBookingTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : ActivationBookingTests(redis);

    private readonly IkdTestScope ikd = new(redis);

    public void Dispose() => ikd.Dispose();

    [Fact]
    public async Task Booking_takes_a_seat_indexes_the_nik_and_writes_the_reminders()
    {
        var session = await ikd.CreateSessionAsync();
        var draft = IkdTestScope.Draft(session.Id);

        var result = await ikd.Bookings.BookAsync(draft, IkdTestScope.RemindersFor(session));

        Assert.Equal(BookingOutcome.Done, result.Outcome);
        Assert.Equal(1, result.Session!.Taken);
        Assert.Equal(1, await ikd.TakenAsync(session.Id));
        var stored = await ikd.Bookings.GetAsync(draft.Code);
        Assert.NotNull(stored);
        Assert.Equal(draft.Nik, stored.Nik);
        Assert.Equal(draft.Nik.Value, stored.Nik.Value);
        Assert.Equal(draft.Phone, stored.Phone);
        Assert.Equal(BookingStatus.Booked, stored.Status);
        Assert.Equal(draft.BookedAt, stored.BookedAt);
        Assert.Null(stored.Group);
        Assert.Equal(draft.Code, (await ikd.Bookings.FindActiveAsync(draft.Nik))!.Code);
        var reminders = await ikd.RemindersOfAsync(draft.Code);
        Assert.Equal(session.StartsAt.AddDays(-1).ToUnixTimeMilliseconds(), reminders["DayBefore"]);
        Assert.Equal(session.StartsAt.AddHours(-2).ToUnixTimeMilliseconds(), reminders["HoursBefore"]);
    }

    [Fact]
    public async Task A_random_code_that_clashes_with_a_kept_booking_is_replaced_not_refused()
    {
        var session = await ikd.CreateSessionAsync();
        var first = IkdTestScope.Draft(session.Id);
        await ikd.Bookings.BookAsync(first, []);
        var clashing = IkdTestScope.Draft(session.Id) with { Code = first.Code };

        var result = await ikd.Bookings.BookAsync(clashing, []);

        Assert.Equal(BookingOutcome.Done, result.Outcome);
        Assert.NotEqual(first.Code, result.Booking!.Code);
        Assert.Equal(clashing.Nik, (await ikd.Bookings.GetAsync(result.Booking.Code))!.Nik);
        Assert.Equal(first.Nik, (await ikd.Bookings.GetAsync(first.Code))!.Nik);
        Assert.Equal(2, await ikd.TakenAsync(session.Id));
    }

    [Fact]
    public async Task A_nik_with_an_active_booking_is_refused_everywhere_and_shown_its_booking()
    {
        var first = await ikd.CreateSessionAsync();
        var second = await ikd.CreateSessionAsync();
        var nik = IkdTestScope.NewNik();
        var held = await ikd.BookAsync(first, nik);

        var again = await ikd.BookAsync(second, nik);

        Assert.Equal(BookingOutcome.AlreadyBooked, again.Outcome);
        Assert.Equal(held.Booking!.Code, again.Booking!.Code);
        Assert.Equal(first.Id, again.Session!.Id);
        Assert.Equal(0, await ikd.TakenAsync(second.Id));
        Assert.Equal(1, await ikd.TakenAsync(first.Id));
        Assert.Empty(await ikd.Bookings.ListForSessionAsync(second.Id));
    }

    [Fact]
    public async Task A_full_session_refuses_and_writes_nothing()
    {
        var session = await ikd.CreateSessionAsync(officers: 1, perOfficer: 2);
        await ikd.BookAsync(session);
        await ikd.BookAsync(session);
        var late = IkdTestScope.Draft(session.Id);

        var result = await ikd.Bookings.BookAsync(late, IkdTestScope.RemindersFor(session));

        Assert.Equal(BookingOutcome.SessionFull, result.Outcome);
        Assert.Equal(2, await ikd.TakenAsync(session.Id));
        Assert.Null(await ikd.Bookings.GetAsync(late.Code));
        Assert.Null(await ikd.Bookings.FindActiveAsync(late.Nik));
        Assert.Empty(await ikd.RemindersOfAsync(late.Code));
    }

    [Fact]
    public async Task A_started_cancelled_or_unknown_session_is_unavailable()
    {
        var session = await ikd.CreateSessionAsync();
        var atStart = IkdTestScope.Draft(session.Id, bookedAt: session.StartsAt);
        Assert.Equal(BookingOutcome.SessionUnavailable, (await ikd.Bookings.BookAsync(atStart, [])).Outcome);
        var justBefore = IkdTestScope.Draft(session.Id, bookedAt: session.StartsAt.AddMilliseconds(-1));
        Assert.Equal(BookingOutcome.Done, (await ikd.Bookings.BookAsync(justBefore, [])).Outcome);

        var cancelled = await ikd.CreateSessionAsync();
        await ikd.Sessions.CancelAsync(cancelled.Id, "siti", "Aula dipakai", IkdTestScope.Now);
        Assert.Equal(BookingOutcome.SessionUnavailable, (await ikd.BookAsync(cancelled)).Outcome);

        var unknown = await ikd.Bookings.BookAsync(IkdTestScope.Draft("SNOSUCH"), []);
        Assert.Equal(BookingOutcome.SessionUnavailable, unknown.Outcome);
        Assert.Null(unknown.Session);
        Assert.Equal(1, await ikd.ActiveNikCountAsync());
    }

    [Fact]
    public async Task A_reserved_session_refuses_own_bookings()
    {
        var session = await ikd.CreateSessionAsync(reservedFor: "pt-sritex");

        var result = await ikd.BookAsync(session);

        Assert.Equal(BookingOutcome.Reserved, result.Outcome);
        Assert.Equal(0, await ikd.TakenAsync(session.Id));
        Assert.Equal(0, await ikd.ActiveNikCountAsync());
    }

    [Fact]
    public async Task Cancelling_gives_the_seat_back_frees_the_nik_and_drops_the_reminders()
    {
        var session = await ikd.CreateSessionAsync(officers: 1, perOfficer: 1);
        var nik = IkdTestScope.NewNik();
        var booked = (await ikd.BookAsync(session, nik)).Booking!;

        var result = await ikd.Bookings.CancelAsync(booked.Code, "citizen", "Berhalangan", IkdTestScope.Now.AddHours(1));

        Assert.Equal(BookingOutcome.Done, result.Outcome);
        Assert.Equal(BookingStatus.Cancelled, result.Booking!.Status);
        Assert.Equal("citizen", result.Booking.ClosedBy);
        Assert.Equal("Berhalangan", result.Booking.Note);
        Assert.Equal(IkdTestScope.Now.AddHours(1), result.Booking.ClosedAt);
        Assert.Equal(0, result.Session!.Taken);
        Assert.Equal(0, await ikd.TakenAsync(session.Id));
        Assert.Null(await ikd.Bookings.FindActiveAsync(nik));
        Assert.Empty(await ikd.RemindersOfAsync(booked.Code));
        Assert.Equal(BookingOutcome.Done, (await ikd.BookAsync(session, nik)).Outcome);
        Assert.Equal(1, await ikd.TakenAsync(session.Id));
    }

    [Fact]
    public async Task Cancelling_twice_or_an_unknown_code_changes_nothing()
    {
        var session = await ikd.CreateSessionAsync();
        var booked = (await ikd.BookAsync(session)).Booking!;
        await ikd.BookAsync(session);
        await ikd.Bookings.CancelAsync(booked.Code, "citizen", null, IkdTestScope.Now);

        var again = await ikd.Bookings.CancelAsync(booked.Code, "citizen", null, IkdTestScope.Now);
        var unknown = await ikd.Bookings.CancelAsync(BookingCode.New(), "citizen", null, IkdTestScope.Now);

        Assert.Equal(BookingOutcome.NotActive, again.Outcome);
        Assert.Equal(BookingOutcome.NotFound, unknown.Outcome);
        Assert.Equal(1, await ikd.TakenAsync(session.Id));
    }

    [Fact]
    public async Task Lists_by_phone_newest_first_and_by_session_in_booking_order()
    {
        var first = await ikd.CreateSessionAsync();
        var second = await ikd.CreateSessionAsync();
        var phone = TestData.NewPhone();
        var older = IkdTestScope.Draft(first.Id, phone: phone, bookedAt: IkdTestScope.Now.AddHours(-2));
        var newer = IkdTestScope.Draft(second.Id, phone: phone, bookedAt: IkdTestScope.Now.AddHours(-1));
        await ikd.Bookings.BookAsync(older, []);
        await ikd.Bookings.BookAsync(newer, []);
        var others = new List<BookingCode>();
        for (var i = 0; i < 3; i++) others.Add((await ikd.BookAsync(first)).Booking!.Code);
        await ikd.Bookings.CancelAsync(others[1], "citizen", null, IkdTestScope.Now);

        var byPhone = await ikd.Bookings.ListForPhoneAsync(phone);
        var bySession = await ikd.Bookings.ListForSessionAsync(first.Id);

        Assert.Equal([newer.Code, older.Code], byPhone.Select(b => b.Code));
        Assert.Equal([older.Code, .. others], bySession.Select(b => b.Code));
        Assert.Equal(BookingStatus.Cancelled, bySession[2].Status);
        Assert.Empty(await ikd.Bookings.ListForPhoneAsync(TestData.NewPhone()));
    }

    [Fact]
    public async Task An_unknown_nik_or_code_finds_nothing()
    {
        Assert.Null(await ikd.Bookings.FindActiveAsync(IkdTestScope.NewNik()));
        Assert.Null(await ikd.Bookings.GetAsync(BookingCode.New()));
        Assert.Empty(await ikd.Bookings.ListForSessionAsync("SNOSUCH"));
    }
}
