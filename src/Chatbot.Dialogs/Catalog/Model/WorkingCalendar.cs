namespace Chatbot.Dialogs.Catalog;

/// <summary>When the office works, in its own time zone: weekly hours minus closed dates.</summary>
public sealed class WorkingCalendar(TimeZoneInfo zone, IReadOnlyDictionary<DayOfWeek, IReadOnlyList<TimeRange>> weekly, IReadOnlySet<DateOnly> closedDates)
{
    public TimeZoneInfo Zone { get; } = zone;

    public IReadOnlySet<DateOnly> ClosedDates { get; } = closedDates;

    public IReadOnlyList<TimeRange> HoursOn(DateOnly date) =>
        ClosedDates.Contains(date) || !weekly.TryGetValue(date.DayOfWeek, out var ranges) ? [] : ranges;

    public DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>The instant of an office clock reading ("4 March, 09:00" in the office's zone).</summary>
    public DateTimeOffset FromLocal(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public bool IsOpen(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        var time = TimeOnly.FromDateTime(local);
        return HoursOn(DateOnly.FromDateTime(local)).Any(r => time >= r.Start && time < r.End);
    }
}
