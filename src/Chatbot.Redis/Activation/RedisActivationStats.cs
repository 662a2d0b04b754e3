using Chatbot.Core.Activation;
using Chatbot.Core.Ports;
using StackExchange.Redis;

namespace Chatbot.Redis.Activation;

/// <summary>
/// The counts written by <see cref="RedisActivationBookings.RecordOutcomeAsync"/>: a hash per office day ("area|status"
/// → count), the days that have any, and the activated total per area. No personal data: they never expire.
/// </summary>
public sealed class RedisActivationStats(RedisContext redis) : IActivationStats
{
    public async Task<IReadOnlyList<ActivationDayCount>> DailyAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var db = redis.Database;
        var days = await db.SortedSetRangeByScoreAsync(redis.Keys.IkdStatsDays, from.DayNumber, to.DayNumber).WaitAsync(cancellationToken);
        var counts = new List<ActivationDayCount>();
        foreach (var value in days)
        {
            var day = IkdTime.ParseDay(value.ToString());
            var entries = await db.HashGetAllAsync(redis.Keys.IkdStatsDay(day)).WaitAsync(cancellationToken);
            var perArea = entries
                .Select(e => (Field: e.Name.ToString(), Count: (int)e.Value))
                .Where(e => e.Count > 0 && e.Field.Contains('|', StringComparison.Ordinal))
                .GroupBy(e => e.Field[..e.Field.LastIndexOf('|')], StringComparer.Ordinal);
            foreach (var area in perArea.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                int Count(BookingStatus status) => area.Where(e => e.Field.EndsWith("|" + status, StringComparison.Ordinal)).Sum(e => e.Count);
                counts.Add(new ActivationDayCount(area.Key, day, Count(BookingStatus.Activated), Count(BookingStatus.Failed), Count(BookingStatus.NoShow)));
            }
        }

        return counts;
    }

    public async Task<IReadOnlyDictionary<string, int>> ActivatedTotalsAsync(CancellationToken cancellationToken = default)
    {
        var entries = await redis.Database.HashGetAllAsync(redis.Keys.IkdActivatedTotals).WaitAsync(cancellationToken);
        return entries.Where(e => (int)e.Value > 0).ToDictionary(e => e.Name.ToString(), e => (int)e.Value, StringComparer.Ordinal);
    }
}
