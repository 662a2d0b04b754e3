using Chatbot.Core.Activation;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests.Activation;

/// <summary>Sessions: create, list, update under the seats taken, cancel with everything at them. One server and a cluster.</summary>
public abstract class ActivationSessionTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : ActivationSessionTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : ActivationSessionTests(redis);

    private readonly IkdTestScope ikd = new(redis);

    public void Dispose() => ikd.Dispose();

    [Fact]
    public async Task A_created_session_reads_back_with_no_seat_taken()
    {
        var session = IkdTestScope.Session(officers: 2, perOfficer: 50, reservedFor: "pt-sritex") with { Taken = 7, Status = SessionStatus.Cancelled };

        await ikd.Sessions.CreateAsync(session);

        var stored = await ikd.Sessions.GetAsync(session.Id);
        Assert.NotNull(stored);
        Assert.Equal(0, stored.Taken);
        Assert.Equal(SessionStatus.Open, stored.Status);
        Assert.Equal(100, stored.Capacity);
        Assert.Equal(session.Officers, stored.Officers);
        Assert.Equal(session.StartsAt, stored.StartsAt);
        Assert.Equal(session.EndsAt, stored.EndsAt);
        Assert.Equal("pt-sritex", stored.ReservedFor);
        Assert.Equal(session.Place, stored.Place);
        Assert.Equal(SessionPlaceKind.Kecamatan, stored.PlaceKind);
        Assert.Null(await ikd.Sessions.GetAsync("SNOSUCH"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => ikd.Sessions.CreateAsync(session));
    }

    [Fact]
    public async Task Listing_takes_the_sessions_starting_in_the_range_by_start_time()
    {
        var late = await ikd.CreateSessionAsync(startsAt: IkdTestScope.Now.AddDays(2).AddHours(5));
        var early = await ikd.CreateSessionAsync(startsAt: IkdTestScope.Now.AddDays(2));
        var outside = await ikd.CreateSessionAsync(startsAt: IkdTestScope.Now.AddDays(3));

        var listed = await ikd.Sessions.ListAsync(IkdTestScope.Now.AddDays(2), IkdTestScope.Now.AddDays(3));

        Assert.Equal([early.Id, late.Id], listed.Select(s => s.Id));
        Assert.DoesNotContain(outside.Id, listed.Select(s => s.Id));
    }

    [Fact]
    public async Task Updating_keeps_the_stored_seats_status_and_creation_and_moves_the_start_in_the_index()
    {
        var session = await ikd.CreateSessionAsync(officers: 1, perOfficer: 5);
        await ikd.BookAsync(session);
        var moved = session with
        {
            StartsAt = IkdTestScope.Now.AddDays(20),
            EndsAt = IkdTestScope.Now.AddDays(20).AddHours(2),
            Officers = ["petugas1", "petugas2"],
            Place = "Kantor Disdukcapil",
            Taken = 0,
            CreatedBy = "someone-else",
            CreatedAt = IkdTestScope.Now,
            UpdatedAt = IkdTestScope.Now,
        };

        var (outcome, stored) = await ikd.Sessions.UpdateAsync(moved);

        Assert.Equal(SessionChangeOutcome.Done, outcome);
        Assert.Equal(1, stored!.Taken);
        Assert.Equal(10, stored.Capacity);
        Assert.Equal("siti", stored.CreatedBy);
        Assert.Equal(session.CreatedAt, stored.CreatedAt);
        Assert.Equal("Kantor Disdukcapil", (await ikd.Sessions.GetAsync(session.Id))!.Place);
        Assert.Empty(await ikd.Sessions.ListAsync(session.StartsAt, session.StartsAt.AddDays(1)));
        Assert.Single(await ikd.Sessions.ListAsync(moved.StartsAt, moved.StartsAt.AddDays(1)));
    }

    [Fact]
    public async Task Capacity_below_the_seats_taken_is_refused_and_equal_is_allowed()
    {
        var session = await ikd.CreateSessionAsync(officers: 2, perOfficer: 2);
        for (var i = 0; i < 3; i++) await ikd.BookAsync(session);

        var (below, _) = await ikd.Sessions.UpdateAsync(session with { Officers = ["petugas1"], Place = "changed" });
        var (equal, stored) = await ikd.Sessions.UpdateAsync(session with { Officers = ["petugas1"], PeoplePerOfficer = 3 });

        Assert.Equal(SessionChangeOutcome.CapacityBelowTaken, below);
        Assert.Equal(SessionChangeOutcome.Done, equal);
        Assert.Equal(3, stored!.Capacity);
        Assert.Equal(3, stored.Taken);
        Assert.Equal(session.Place, stored.Place);
        Assert.Equal(BookingOutcome.SessionFull, (await ikd.BookAsync(session)).Outcome);
    }

    [Fact]
    public async Task Updating_an_unknown_or_cancelled_session_is_refused()
    {
        var session = await ikd.CreateSessionAsync();
        await ikd.Sessions.CancelAsync(session.Id, "siti", "Banjir", IkdTestScope.Now);

        Assert.Equal(SessionChangeOutcome.NotFound, (await ikd.Sessions.UpdateAsync(IkdTestScope.Session())).Outcome);
        Assert.Equal(SessionChangeOutcome.Cancelled, (await ikd.Sessions.UpdateAsync(session with { Place = "x" })).Outcome);
        Assert.Equal(SessionStatus.Cancelled, (await ikd.Sessions.GetAsync(session.Id))!.Status);
    }

    [Fact]
    public async Task Cancelling_returns_exactly_the_active_bookings_and_frees_everything()
    {
        var session = await ikd.CreateSessionAsync(officers: 2, perOfficer: 5);
        var other = await ikd.CreateSessionAsync();
        var active = new List<ActivationBooking>();
        for (var i = 0; i < 3; i++) active.Add((await ikd.BookAsync(session)).Booking!);
        var cancelledBefore = (await ikd.BookAsync(session)).Booking!;
        await ikd.Bookings.CancelAsync(cancelledBefore.Code, "citizen", null, IkdTestScope.Now);
        var activated = (await ikd.BookAsync(session)).Booking!;
        await ikd.Bookings.RecordOutcomeAsync(activated.Code, IkdTestScope.Outcome(BookingStatus.Activated));
        var moved = (await ikd.BookAsync(session)).Booking!;
        await ikd.Bookings.RescheduleAsync(moved.Code, other.Id, [], IkdTestScope.Now);
        var group = IkdTestScope.Group(session, seats: 3);
        await ikd.Groups.CreateAsync(group);
        var claimed = (await ikd.Bookings.ClaimAsync(group.Code, IkdTestScope.Draft(session.Id), [])).Booking!;
        active.Add(claimed);
        Assert.Equal(7, await ikd.TakenAsync(session.Id)); // 3 own + 1 activated + 3 held by the group

        var (outcome, cancelled) = await ikd.Sessions.CancelAsync(session.Id, "siti", "Aula dipakai", IkdTestScope.Now.AddHours(1));

        Assert.Equal(SessionChangeOutcome.Done, outcome);
        Assert.Equal(active.Select(b => b.Code.Value).Order(), cancelled.Select(b => b.Code.Value).Order());
        Assert.All(cancelled, b => Assert.Equal(BookingStatus.Cancelled, b.Status));
        Assert.All(cancelled, b => Assert.Equal("Aula dipakai", b.Note));
        var stored = (await ikd.Sessions.GetAsync(session.Id))!;
        Assert.Equal(SessionStatus.Cancelled, stored.Status);
        Assert.Equal(0, stored.Taken);
        foreach (var booking in active)
        {
            Assert.Null(await ikd.Bookings.FindActiveAsync(booking.Nik));
            Assert.Empty(await ikd.RemindersOfAsync(booking.Code));
            Assert.Equal(BookingStatus.Cancelled, (await ikd.Bookings.GetAsync(booking.Code))!.Status);
        }

        Assert.Equal(BookingStatus.Activated, (await ikd.Bookings.GetAsync(activated.Code))!.Status);
        Assert.Equal(BookingStatus.Booked, (await ikd.Bookings.GetAsync(moved.Code))!.Status);
        var storedGroup = (await ikd.Groups.GetAsync(group.Code))!;
        Assert.True(storedGroup.Cancelled);
        Assert.Equal(0, storedGroup.Claimed);
        Assert.Equal(1, await ikd.ActiveNikCountAsync());
        Assert.Equal(1, await ikd.TakenAsync(other.Id));
    }

    [Fact]
    public async Task Cancelling_twice_or_an_unknown_session_returns_nothing()
    {
        var session = await ikd.CreateSessionAsync();
        await ikd.BookAsync(session);
        await ikd.Sessions.CancelAsync(session.Id, "siti", "Banjir", IkdTestScope.Now);

        var again = await ikd.Sessions.CancelAsync(session.Id, "siti", "Banjir", IkdTestScope.Now);
        var unknown = await ikd.Sessions.CancelAsync("SNOSUCH", "siti", "Banjir", IkdTestScope.Now);

        Assert.Equal(SessionChangeOutcome.Cancelled, again.Outcome);
        Assert.Empty(again.CancelledBookings);
        Assert.Equal(SessionChangeOutcome.NotFound, unknown.Outcome);
        Assert.Empty(unknown.CancelledBookings);
    }
}
