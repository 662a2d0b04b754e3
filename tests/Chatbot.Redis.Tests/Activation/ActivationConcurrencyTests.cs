using Chatbot.Core.Activation;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests.Activation;

/// <summary>A rush on one session: never one seat too many, whatever the interleaving. One server and a cluster.</summary>
public abstract class ActivationConcurrencyTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : ActivationConcurrencyTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : ActivationConcurrencyTests(redis);

    private readonly IkdTestScope ikd = new(redis);

    public void Dispose() => ikd.Dispose();

    [Fact]
    public async Task A_thousand_citizens_booking_at_once_fill_fifty_seats_exactly()
    {
        var session = await ikd.CreateSessionAsync(officers: 1, perOfficer: 50);
        var drafts = Enumerable.Range(1, 1000).Select(i => IkdTestScope.Draft(session.Id, IkdTestScope.NikWithSerial(i))).ToList();
        Assert.Equal(1000, drafts.Select(d => d.Nik.Value).Distinct().Count());

        var results = await Task.WhenAll(drafts.Select(d => Task.Run(() => ikd.Bookings.BookAsync(d, IkdTestScope.RemindersFor(session)))));

        Assert.Equal(50, results.Count(r => r.Outcome == BookingOutcome.Done));
        Assert.Equal(950, results.Count(r => r.Outcome == BookingOutcome.SessionFull));
        Assert.Equal(50, await ikd.TakenAsync(session.Id));
        Assert.Equal(50, await ikd.ActiveNikCountAsync());
        var listed = await ikd.Bookings.ListForSessionAsync(session.Id);
        Assert.Equal(
            results.Where(r => r.Succeeded).Select(r => r.Booking!.Code.Value).Order(),
            listed.Select(b => b.Code.Value).Order());
        Assert.Equal(100, await ikd.Db.SortedSetLengthAsync(ikd.Keys.IkdReminders));
    }

    [Fact]
    public async Task The_same_nik_booking_at_once_at_many_sessions_gets_one_seat()
    {
        var sessions = new List<ActivationSession>();
        for (var i = 0; i < 20; i++) sessions.Add(await ikd.CreateSessionAsync());
        var nik = IkdTestScope.NewNik();

        var results = await Task.WhenAll(sessions.Select(s => Task.Run(() => ikd.BookAsync(s, nik))));

        Assert.Equal(1, results.Count(r => r.Outcome == BookingOutcome.Done));
        Assert.Equal(19, results.Count(r => r.Outcome == BookingOutcome.AlreadyBooked));
        var taken = 0;
        foreach (var session in sessions) taken += await ikd.TakenAsync(session.Id);
        Assert.Equal(1, taken);
    }
}
