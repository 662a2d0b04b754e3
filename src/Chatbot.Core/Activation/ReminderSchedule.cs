namespace Chatbot.Core.Activation;

/// <summary>
/// When a booking's reminders are due: the day before the session at <see cref="DayBeforeAt"/> office time (a
/// reasonable hour, not exactly 24 hours before an early session), and two hours before it starts. A reminder whose
/// time has passed when booking is not scheduled (someone booking this morning for this afternoon needs no "tomorrow").
/// </summary>
public sealed class ReminderSchedule(TimeZoneInfo officeTimeZone)
{
    public static readonly TimeOnly DayBeforeAt = new(9, 0);

    public static readonly TimeSpan HoursBefore = TimeSpan.FromHours(2);

    public IReadOnlyList<ScheduledReminder> For(DateTimeOffset sessionStartsAt, DateTimeOffset now)
    {
        var localStart = TimeZoneInfo.ConvertTime(sessionStartsAt, officeTimeZone);
        var dayBefore = DateOnly.FromDateTime(localStart.DateTime).AddDays(-1).ToDateTime(DayBeforeAt);
        var dayBeforeAt = new DateTimeOffset(dayBefore, officeTimeZone.GetUtcOffset(dayBefore));
        var reminders = new List<ScheduledReminder>(2);
        if (dayBeforeAt > now) reminders.Add(new ScheduledReminder(ReminderKind.DayBefore, dayBeforeAt));
        var hoursBeforeAt = sessionStartsAt - HoursBefore;
        if (hoursBeforeAt > now) reminders.Add(new ScheduledReminder(ReminderKind.HoursBefore, hoursBeforeAt));
        return reminders;
    }
}
