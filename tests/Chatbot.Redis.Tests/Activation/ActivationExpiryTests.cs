using Chatbot.Core.Activation;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests.Activation;

/// <summary>
/// Personal data leave after their retention: bookings and group rosters of a session long past are deleted, and the
/// indexes that named them are pruned as they are read; the counts stay. One server and a cluster.
/// </summary>
public abstract class ActivationExpiryTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : ActivationExpiryTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : ActivationExpiryTests(redis);

    /// <summary>A session in 2024 with one day's retention is past its retention by the server's clock.</summary>
    private static readonly DateTimeOffset LongAgo = new(2024, 5, 6, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly IkdTestScope ikd = new(redis, retentionDays: 1);

    public void Dispose() => ikd.Dispose();

    [Fact]
    public async Task Bookings_past_their_retention_are_gone_and_their_index_entries_pruned()
    {
        var past = await ikd.CreateSessionAsync(startsAt: LongAgo);
        var future = await ikd.CreateSessionAsync();
        var phone = TestData.NewPhone();
        var old = IkdTestScope.Draft(past.Id, phone: phone, bookedAt: LongAgo.AddDays(-2));
        var kept = IkdTestScope.Draft(future.Id, phone: phone);
        Assert.Equal(BookingOutcome.Done, (await ikd.Bookings.BookAsync(old, IkdTestScope.RemindersFor(past))).Outcome);
        Assert.Equal(BookingOutcome.Done, (await ikd.Bookings.BookAsync(kept, [])).Outcome);
        var outcome = IkdTestScope.Outcome(BookingStatus.Activated, new DateOnly(2024, 5, 6));

        Assert.Equal(BookingOutcome.NotFound, (await ikd.Bookings.RecordOutcomeAsync(old.Code, outcome)).Outcome);
        Assert.Null(await ikd.Bookings.GetAsync(old.Code));
        Assert.Null(await ikd.Bookings.FindActiveAsync(old.Nik));
        Assert.Equal([kept.Code], (await ikd.Bookings.ListForPhoneAsync(phone)).Select(b => b.Code));
        Assert.Empty(await ikd.Bookings.ListForSessionAsync(past.Id));
        Assert.Equal(1, await ikd.Db.SortedSetLengthAsync(ikd.Keys.IkdPhoneBookings(phone)));
        Assert.Equal(0, await ikd.Db.SortedSetLengthAsync(ikd.Keys.IkdSessionBookings(past.Id)));
        Assert.False(await ikd.Db.HashExistsAsync(ikd.Keys.IkdBookings, old.Code.Value));
        Assert.Equal(1, await ikd.ActiveNikCountAsync());
        Assert.Empty(await ikd.RemindersOfAsync(old.Code));
        Assert.NotNull(await ikd.Bookings.GetAsync(kept.Code));
        Assert.NotNull(await ikd.Sessions.GetAsync(past.Id));
    }

    [Fact]
    public async Task The_phone_index_itself_expires_with_its_last_booking()
    {
        var past = await ikd.CreateSessionAsync(startsAt: LongAgo);
        var phone = TestData.NewPhone();

        await ikd.Bookings.BookAsync(IkdTestScope.Draft(past.Id, phone: phone, bookedAt: LongAgo.AddDays(-1)), []);

        Assert.False(await ikd.Db.KeyExistsAsync(ikd.Keys.IkdPhoneBookings(phone)));
        Assert.Empty(await ikd.Bookings.ListForPhoneAsync(phone));
    }

    [Fact]
    public async Task Counts_stay_when_the_bookings_are_gone()
    {
        var session = await ikd.CreateSessionAsync(startsAt: LongAgo, area: "ciwandan");
        var booked = IkdTestScope.Draft(session.Id, bookedAt: LongAgo.AddDays(-1));
        var day = new DateOnly(2024, 5, 6);
        await ikd.Db.HashSetAsync(ikd.Keys.IkdStatsDay(day), "ciwandan|Activated", 3);
        await ikd.Db.SortedSetAddAsync(ikd.Keys.IkdStatsDays, "2024-05-06", day.DayNumber);

        await ikd.Bookings.BookAsync(booked, []);

        Assert.Null(await ikd.Bookings.GetAsync(booked.Code));
        Assert.Equal([new ActivationDayCount("ciwandan", day, 3, 0, 0)], await ikd.Stats.DailyAsync(day, day));
    }

    [Fact]
    public async Task Groups_past_their_retention_are_gone_from_the_lists()
    {
        var past = await ikd.CreateSessionAsync(startsAt: LongAgo);
        var old = IkdTestScope.Group(past, 2, roster: new RosterMember("Ani", IkdTestScope.NewNik())) with { CreatedAt = LongAgo.AddDays(-3) };
        Assert.Equal(GroupBookingOutcome.Done, (await ikd.Groups.CreateAsync(old)).Outcome);

        Assert.Null(await ikd.Groups.GetAsync(old.Code));
        Assert.Empty(await ikd.Groups.ListAsync("pt-sritex"));
        Assert.Empty(await ikd.Groups.ListAsync(null));
        Assert.Equal(0, await ikd.Db.SortedSetLengthAsync(ikd.Keys.IkdInstitutionGroups("pt-sritex")));
        Assert.Equal(BookingOutcome.UnknownInvitation, (await ikd.Bookings.ClaimAsync(old.Code, IkdTestScope.Draft(past.Id, bookedAt: LongAgo.AddDays(-1)), [])).Outcome);
    }
}
