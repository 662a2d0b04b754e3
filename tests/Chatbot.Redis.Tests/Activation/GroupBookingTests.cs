using Chatbot.Core.Activation;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests.Activation;

/// <summary>Group bookings: held seats, claims, and the seat arithmetic of cancels and moves. One server and a cluster.</summary>
public abstract class GroupBookingTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : GroupBookingTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : GroupBookingTests(redis);

    private readonly IkdTestScope ikd = new(redis);

    public void Dispose() => ikd.Dispose();

    private async Task<(ActivationSession Session, GroupBooking Group)> HeldAsync(int capacity = 10, int seats = 4, string? reservedFor = "pt-sritex")
    {
        var session = await ikd.CreateSessionAsync(officers: 1, perOfficer: capacity, reservedFor: reservedFor);
        var group = IkdTestScope.Group(session, seats, roster: new RosterMember("Ani", IkdTestScope.NewNik()));
        var (outcome, _) = await ikd.Groups.CreateAsync(group);
        Assert.Equal(GroupBookingOutcome.Done, outcome);
        return (session, group);
    }

    private Task<BookingResult> ClaimAsync(GroupBooking group) =>
        ikd.Bookings.ClaimAsync(group.Code, IkdTestScope.Draft("ignored"), [new(ReminderKind.DayBefore, IkdTestScope.Now.AddDays(2))]);

    [Fact]
    public async Task Creating_holds_the_seats_in_the_session()
    {
        var (session, group) = await HeldAsync(capacity: 10, seats: 4);

        Assert.Equal(4, await ikd.TakenAsync(session.Id));
        var stored = (await ikd.Groups.GetAsync(group.Code))!;
        Assert.Equal(0, stored.Claimed);
        Assert.False(stored.Cancelled);
        Assert.Equal("Ani", Assert.Single(stored.Roster).Name);
        Assert.Equal(group.Roster[0].Nik, stored.Roster[0].Nik);
        Assert.Equal("Bagian Tenun 2", stored.Unit);
    }

    [Fact]
    public async Task Too_few_seats_another_institution_or_an_unavailable_session_are_refused()
    {
        var (session, _) = await HeldAsync(capacity: 10, seats: 4);

        var (tooMany, seen) = await ikd.Groups.CreateAsync(IkdTestScope.Group(session, seats: 7));
        var (other, _) = await ikd.Groups.CreateAsync(IkdTestScope.Group(session, seats: 1, institution: "pemkot-cilegon"));
        var (unknown, _) = await ikd.Groups.CreateAsync(IkdTestScope.Group(IkdTestScope.Session(), seats: 1));
        var started = await ikd.CreateSessionAsync(startsAt: IkdTestScope.Now);
        var (late, _) = await ikd.Groups.CreateAsync(IkdTestScope.Group(started, seats: 1));
        var (exact, _) = await ikd.Groups.CreateAsync(IkdTestScope.Group(session, seats: 6));

        Assert.Equal(GroupBookingOutcome.SessionFull, tooMany);
        Assert.Equal(4, seen!.Taken);
        Assert.Equal(GroupBookingOutcome.ReservedForOther, other);
        Assert.Equal(GroupBookingOutcome.SessionUnavailable, unknown);
        Assert.Equal(GroupBookingOutcome.SessionUnavailable, late);
        Assert.Equal(GroupBookingOutcome.Done, exact);
        Assert.Equal(10, await ikd.TakenAsync(session.Id));
        Assert.Equal(0, await ikd.TakenAsync(started.Id));
    }

    [Fact]
    public async Task An_open_session_takes_any_institutions_group()
    {
        var (session, _) = await HeldAsync(reservedFor: null);

        var (outcome, _) = await ikd.Groups.CreateAsync(IkdTestScope.Group(session, seats: 2, institution: "pemkot-cilegon"));

        Assert.Equal(GroupBookingOutcome.Done, outcome);
        Assert.Equal(6, await ikd.TakenAsync(session.Id));
    }

    [Fact]
    public async Task Claiming_turns_a_held_seat_into_a_booking_until_the_group_is_full()
    {
        var (session, group) = await HeldAsync(capacity: 10, seats: 2);

        var first = await ClaimAsync(group);
        var second = await ClaimAsync(group);
        var third = await ClaimAsync(group);

        Assert.Equal(BookingOutcome.Done, first.Outcome);
        Assert.Equal(session.Id, first.Booking!.SessionId);
        Assert.Equal(group.Code, first.Booking.Group);
        Assert.Equal(BookingOutcome.Done, second.Outcome);
        Assert.Equal(BookingOutcome.SessionFull, third.Outcome);
        Assert.Equal(2, await ikd.ClaimedAsync(group.Code));
        Assert.Equal(2, await ikd.TakenAsync(session.Id));
        Assert.Equal(2, await ikd.ActiveNikCountAsync());
        Assert.Equal([first.Booking.Code, second.Booking!.Code], (await ikd.Groups.ClaimsAsync(group.Code)).Select(b => b.Code));
        Assert.Single(await ikd.RemindersOfAsync(first.Booking.Code));
    }

    [Fact]
    public async Task A_claim_with_an_unknown_or_cancelled_code_or_a_booked_nik_is_refused()
    {
        var (session, group) = await HeldAsync();
        var (_, other) = await HeldAsync();
        var nik = IkdTestScope.NewNik();
        await ikd.Bookings.ClaimAsync(group.Code, IkdTestScope.Draft(session.Id, nik), []);
        await ikd.Groups.CancelAsync(other.Code);

        var unknown = await ikd.Bookings.ClaimAsync(InvitationCode.New(), IkdTestScope.Draft(session.Id), []);
        var cancelled = await ikd.Bookings.ClaimAsync(other.Code, IkdTestScope.Draft(session.Id), []);
        var twice = await ikd.Bookings.ClaimAsync(group.Code, IkdTestScope.Draft(session.Id, nik), []);

        Assert.Equal(BookingOutcome.UnknownInvitation, unknown.Outcome);
        Assert.Equal(BookingOutcome.UnknownInvitation, cancelled.Outcome);
        Assert.Equal(BookingOutcome.AlreadyBooked, twice.Outcome);
        Assert.Equal(1, await ikd.ClaimedAsync(group.Code));
    }

    [Fact]
    public async Task A_claim_at_a_started_session_is_refused()
    {
        var (session, group) = await HeldAsync();

        var late = await ikd.Bookings.ClaimAsync(group.Code, IkdTestScope.Draft("ignored", bookedAt: session.StartsAt), []);

        Assert.Equal(BookingOutcome.SessionUnavailable, late.Outcome);
        Assert.Equal(0, await ikd.ClaimedAsync(group.Code));
    }

    [Fact]
    public async Task Cancelling_a_claim_gives_the_seat_back_to_the_group()
    {
        var (session, group) = await HeldAsync(seats: 1);
        var claim = (await ClaimAsync(group)).Booking!;

        var result = await ikd.Bookings.CancelAsync(claim.Code, "citizen", null, IkdTestScope.Now);

        Assert.Equal(BookingOutcome.Done, result.Outcome);
        Assert.Equal(0, await ikd.ClaimedAsync(group.Code));
        Assert.Equal(1, await ikd.TakenAsync(session.Id));
        Assert.Equal(BookingOutcome.Done, (await ClaimAsync(group)).Outcome);
    }

    [Fact]
    public async Task Moving_a_claim_out_releases_the_group_seat_and_takes_one_at_the_new_session()
    {
        var (session, group) = await HeldAsync(seats: 3);
        var target = await ikd.CreateSessionAsync();
        var claim = (await ClaimAsync(group)).Booking!;

        var result = await ikd.Bookings.RescheduleAsync(claim.Code, target.Id, [], IkdTestScope.Now);

        Assert.Equal(BookingOutcome.Done, result.Outcome);
        Assert.Null(result.Booking!.Group);
        Assert.Equal(0, await ikd.ClaimedAsync(group.Code));
        Assert.Equal(3, await ikd.TakenAsync(session.Id));
        Assert.Equal(1, await ikd.TakenAsync(target.Id));
        Assert.Empty(await ikd.Groups.ClaimsAsync(group.Code));
    }

    [Fact]
    public async Task Cancelling_the_group_returns_the_unclaimed_seats_and_keeps_the_claims()
    {
        var (session, group) = await HeldAsync(capacity: 10, seats: 5);
        var claims = new List<ActivationBooking>();
        for (var i = 0; i < 2; i++) claims.Add((await ClaimAsync(group)).Booking!);

        var outcome = await ikd.Groups.CancelAsync(group.Code);

        Assert.Equal(GroupBookingOutcome.Done, outcome);
        Assert.Equal(2, await ikd.TakenAsync(session.Id));
        var stored = (await ikd.Groups.GetAsync(group.Code))!;
        Assert.True(stored.Cancelled);
        Assert.Equal(2, stored.Claimed);
        foreach (var claim in claims) Assert.Equal(BookingStatus.Booked, (await ikd.Bookings.GetAsync(claim.Code))!.Status);
        Assert.Equal(GroupBookingOutcome.Done, await ikd.Groups.CancelAsync(group.Code));
        Assert.Equal(2, await ikd.TakenAsync(session.Id));
        Assert.Equal(GroupBookingOutcome.NotFound, await ikd.Groups.CancelAsync(InvitationCode.New()));

        // The group holds no seat any more: a claim cancelled now gives its seat to the session.
        await ikd.Bookings.CancelAsync(claims[0].Code, "citizen", null, IkdTestScope.Now);
        Assert.Equal(1, await ikd.TakenAsync(session.Id));
        Assert.Equal(1, await ikd.ClaimedAsync(group.Code));
    }

    [Fact]
    public async Task Groups_are_listed_newest_first_per_institution_or_all()
    {
        var session = await ikd.CreateSessionAsync(officers: 1, perOfficer: 20);
        var older = IkdTestScope.Group(session, 1) with { CreatedAt = IkdTestScope.Now.AddHours(-2) };
        var newer = IkdTestScope.Group(session, 1) with { CreatedAt = IkdTestScope.Now.AddHours(-1) };
        var other = IkdTestScope.Group(session, 1, institution: "pemkot-cilegon");
        foreach (var group in new[] { older, newer, other }) await ikd.Groups.CreateAsync(group);

        Assert.Equal([newer.Code, older.Code], (await ikd.Groups.ListAsync("pt-sritex")).Select(g => g.Code));
        Assert.Equal([other.Code, newer.Code, older.Code], (await ikd.Groups.ListAsync(null)).Select(g => g.Code));
        Assert.Empty(await ikd.Groups.ListAsync("nobody"));
        Assert.Null(await ikd.Groups.GetAsync(InvitationCode.New()));
    }
}
