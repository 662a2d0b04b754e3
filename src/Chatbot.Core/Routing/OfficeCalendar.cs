namespace Chatbot.Core.Routing;

/// <summary>
/// When the office works, in its own time zone: the periods of each date (weekly hours minus holidays). Built from
/// dialogs/bot.json's working hours and closed dates by the host; a pure value here.
/// </summary>
public sealed class OfficeCalendar
{
    private readonly Func<DateOnly, IReadOnlyList<WorkPeriod>> periodsOn;

    public OfficeCalendar(TimeZoneInfo zone, Func<DateOnly, IReadOnlyList<WorkPeriod>> periodsOn)
    {
        Zone = zone;
        this.periodsOn = periodsOn;
    }

    public OfficeCalendar(TimeZoneInfo zone, IReadOnlyDictionary<DayOfWeek, IReadOnlyList<WorkPeriod>> weekly, IReadOnlySet<DateOnly>? closedDates = null)
        : this(zone, date => closedDates?.Contains(date) == true || !weekly.TryGetValue(date.DayOfWeek, out var periods) ? [] : periods)
    {
    }

    public TimeZoneInfo Zone { get; }

    public IReadOnlyList<WorkPeriod> PeriodsOn(DateOnly date) => periodsOn(date);
}
