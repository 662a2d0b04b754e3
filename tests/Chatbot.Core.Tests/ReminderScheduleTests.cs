using Chatbot.Core.Activation;
using Chatbot.Core.Identity;

namespace Chatbot.Core.Tests;

public class ReminderScheduleTests
{
    private static readonly TimeZoneInfo Jakarta = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    [Fact]
    public void A_session_booked_days_ahead_gets_both_reminders()
    {
        var starts = new DateTimeOffset(2026, 12, 3, 8, 0, 0, Wib);
        var now = new DateTimeOffset(2026, 11, 24, 10, 0, 0, Wib);

        var reminders = new ReminderSchedule(Jakarta).For(starts, now);

        Assert.Equal(
            [
                new ScheduledReminder(ReminderKind.DayBefore, new DateTimeOffset(2026, 12, 2, 9, 0, 0, Wib)),
                new ScheduledReminder(ReminderKind.HoursBefore, new DateTimeOffset(2026, 12, 3, 6, 0, 0, Wib)),
            ],
            reminders);
    }

    [Fact]
    public void Booking_after_the_morning_before_skips_the_day_before_reminder()
    {
        var starts = new DateTimeOffset(2026, 12, 3, 13, 0, 0, Wib);
        var now = new DateTimeOffset(2026, 12, 2, 20, 0, 0, Wib);

        var reminders = new ReminderSchedule(Jakarta).For(starts, now);

        Assert.Equal([new ScheduledReminder(ReminderKind.HoursBefore, new DateTimeOffset(2026, 12, 3, 11, 0, 0, Wib))], reminders);
    }

    [Fact]
    public void Booking_within_two_hours_of_the_start_gets_no_reminder()
    {
        var starts = new DateTimeOffset(2026, 12, 3, 13, 0, 0, Wib);
        Assert.Empty(new ReminderSchedule(Jakarta).For(starts, starts.AddMinutes(-90)));
    }

    [Fact]
    public void The_day_before_is_the_office_calendar_day_even_when_utc_differs()
    {
        // 06:00 WIB on 3 December is 23:00 UTC on 2 December: "the day before" is still 2 December, 09:00 WIB.
        var starts = new DateTimeOffset(2026, 12, 2, 23, 0, 0, TimeSpan.Zero);
        var reminders = new ReminderSchedule(Jakarta).For(starts, new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 2, 0, 0, TimeSpan.Zero), reminders[0].DueAt.ToUniversalTime());
    }

    [Theory]
    [InlineData("3672011708090001", 2026, 8, 16, 16)] // born 17 Aug 2009: one day short of 17
    [InlineData("3672011708090001", 2026, 8, 17, 17)]
    [InlineData("3672015708900002", 2026, 11, 24, 36)] // a woman born 17 Aug 1990 (day + 40)
    public void Age_comes_from_the_birth_date_in_the_nik(string nik, int year, int month, int day, int expectedAge)
    {
        var today = new DateOnly(year, month, day);
        var parsed = Nik.Parse(nik, today);
        Assert.Equal(expectedAge, ActivationEligibility.AgeOn(parsed, today));
        Assert.Equal(expectedAge >= 17, ActivationEligibility.IsOldEnough(parsed, today));
    }
}
