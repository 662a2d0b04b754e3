namespace Chatbot.Core.Routing;

/// <summary>
/// Time counted in the office's working hours: Friday 15:30 plus two working hours is Monday 09:30 when the office
/// works 08:00–16:00; holidays and weekends do not count, nor do the pauses while the office waits for the citizen.
/// Pure: the calendar and the instants are given.
/// </summary>
public sealed class SlaClock(OfficeCalendar calendar)
{
    /// <summary>How far ahead a deadline is looked for before giving up (a calendar without working days).</summary>
    private const int MaxDays = 3660;

    public OfficeCalendar Calendar { get; } = calendar;

    /// <summary>Working time between two instants (zero when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from) return TimeSpan.Zero;
        var start = Local(from);
        var end = Local(to);
        var total = TimeSpan.Zero;
        for (var date = DateOnly.FromDateTime(start); date <= DateOnly.FromDateTime(end); date = date.AddDays(1))
        {
            foreach (var period in Calendar.PeriodsOn(date))
            {
                var periodStart = date.ToDateTime(period.Start);
                var periodEnd = date.ToDateTime(period.End);
                var a = periodStart > start ? periodStart : start;
                var b = periodEnd < end ? periodEnd : end;
                if (b > a) total += b - a;
            }
        }

        return total;
    }

    /// <summary>The instant when <paramref name="workingTime"/> of working time has passed after <paramref name="from"/>.</summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan workingTime)
    {
        if (workingTime <= TimeSpan.Zero) return from;
        var start = Local(from);
        var left = workingTime;
        var date = DateOnly.FromDateTime(start);
        for (var day = 0; day < MaxDays; day++, date = date.AddDays(1))
        {
            foreach (var period in Calendar.PeriodsOn(date).OrderBy(p => p.Start))
            {
                var periodStart = date.ToDateTime(period.Start);
                var periodEnd = date.ToDateTime(period.End);
                var a = periodStart > start ? periodStart : start;
                if (periodEnd <= a) continue;
                var available = periodEnd - a;
                if (available >= left) return ToInstant(a + left);
                left -= available;
            }
        }

        throw new InvalidOperationException("The office calendar has no working time in the next ten years.");
    }

    /// <summary>
    /// The SLA of an item waiting since <paramref name="start"/> against <paramref name="target"/>, with
    /// <paramref name="pausedWorkingTime"/> already spent in closed pauses and a pause open since
    /// <paramref name="pausedSince"/> (if any).
    /// </summary>
    public SlaReading Evaluate(DateTimeOffset start, TimeSpan target, DateTimeOffset now, TimeSpan pausedWorkingTime = default, DateTimeOffset? pausedSince = null)
    {
        var counted = WorkingTimeBetween(start, now) - pausedWorkingTime;
        if (pausedSince is { } since) counted -= WorkingTimeBetween(since > start ? since : start, now);
        if (counted < TimeSpan.Zero) counted = TimeSpan.Zero;
        var remaining = target - counted;
        if (pausedSince is not null) return new SlaReading(counted, remaining, null, true);
        var deadline = remaining > TimeSpan.Zero ? AddWorkingTime(now, remaining) : now;
        return new SlaReading(counted, remaining, deadline, false);
    }

    private DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Calendar.Zone).DateTime;

    private DateTimeOffset ToInstant(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Calendar.Zone.GetUtcOffset(unspecified));
    }
}
