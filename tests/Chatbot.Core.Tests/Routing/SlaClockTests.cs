using Chatbot.Core.Routing;

namespace Chatbot.Core.Tests.Routing;

public sealed class SlaClockTests
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.CreateCustomTimeZone("WIB-test", TimeSpan.FromHours(7), "WIB", "WIB");
    private static readonly IReadOnlyList<WorkPeriod> Day = [new(new TimeOnly(8, 0), new TimeOnly(16, 0))];

    private static OfficeCalendar Calendar(params DateOnly[] holidays) => new(
        Wib,
        new Dictionary<DayOfWeek, IReadOnlyList<WorkPeriod>>
        {
            [DayOfWeek.Monday] = Day,
            [DayOfWeek.Tuesday] = Day,
            [DayOfWeek.Wednesday] = Day,
            [DayOfWeek.Thursday] = Day,
            [DayOfWeek.Friday] = Day,
        },
        holidays.ToHashSet());

    private static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2025, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    // 2025-06-06 is a Friday; 2025-06-09 a Monday.
    public static TheoryData<DateTimeOffset, double, DateTimeOffset> Additions => new()
    {
        { At(6, 6, 15, 30), 2, At(6, 9, 9, 30) },     // Friday 15:30 + 2 h = Monday 09:30
        { At(6, 6, 7, 0), 1, At(6, 6, 9, 0) },        // before opening: counts from 08:00
        { At(6, 6, 17, 0), 0.5, At(6, 9, 8, 30) },    // after closing: Monday morning
        { At(6, 7, 12, 0), 8, At(6, 9, 16, 0) },      // Saturday + one working day
        { At(6, 9, 10, 0), 16, At(6, 11, 10, 0) },    // two whole days
        { At(6, 9, 10, 0), 0, At(6, 9, 10, 0) },
    };

    [Theory]
    [MemberData(nameof(Additions))]
    public void Adds_working_hours_across_evenings_and_weekends(DateTimeOffset from, double hours, DateTimeOffset expected) =>
        Assert.Equal(expected, new SlaClock(Calendar()).AddWorkingTime(from, TimeSpan.FromHours(hours)));

    [Fact]
    public void Holidays_are_skipped()
    {
        // Monday 9 June a holiday: Friday 15:30 + 2 h = Tuesday 09:30.
        var clock = new SlaClock(Calendar(new DateOnly(2025, 6, 9)));
        Assert.Equal(At(6, 10, 9, 30), clock.AddWorkingTime(At(6, 6, 15, 30), TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.FromHours(2), clock.WorkingTimeBetween(At(6, 6, 15, 30), At(6, 10, 9, 30)));
    }

    [Fact]
    public void Working_time_between_counts_only_office_hours()
    {
        var clock = new SlaClock(Calendar());
        Assert.Equal(TimeSpan.FromMinutes(30), clock.WorkingTimeBetween(At(6, 6, 15, 30), At(6, 8, 23, 0)));
        Assert.Equal(TimeSpan.FromHours(8), clock.WorkingTimeBetween(At(6, 9, 0, 0), At(6, 10, 0, 0)));
        Assert.Equal(TimeSpan.Zero, clock.WorkingTimeBetween(At(6, 10, 0, 0), At(6, 9, 0, 0)));
    }

    [Fact]
    public void A_split_day_skips_the_lunch_break()
    {
        var split = new OfficeCalendar(Wib, _ => [new WorkPeriod(new TimeOnly(8, 0), new TimeOnly(12, 0)), new WorkPeriod(new TimeOnly(13, 0), new TimeOnly(16, 0))]);
        Assert.Equal(At(6, 9, 13, 30), new SlaClock(split).AddWorkingTime(At(6, 9, 11, 0), TimeSpan.FromMinutes(90)));
    }

    [Fact]
    public void Pauses_are_subtracted_and_an_open_pause_stops_the_clock()
    {
        var clock = new SlaClock(Calendar());
        var start = At(6, 9, 8, 0);
        var target = TimeSpan.FromHours(4);

        var running = clock.Evaluate(start, target, At(6, 9, 11, 0));
        Assert.Equal((TimeSpan.FromHours(3), TimeSpan.FromHours(1), At(6, 9, 12, 0), false), (running.Elapsed, running.Remaining, running.Deadline, running.Breached));

        // Two hours spent waiting for the citizen (closed pause): the deadline moves two hours.
        var paused = clock.Evaluate(start, target, At(6, 9, 11, 0), TimeSpan.FromHours(2));
        Assert.Equal((TimeSpan.FromHours(1), At(6, 9, 14, 0)), (paused.Elapsed, paused.Deadline));

        // A pause open since 10:00: the clock stands at two hours, no deadline while it lasts.
        var open = clock.Evaluate(start, target, At(6, 9, 15, 0), pausedSince: At(6, 9, 10, 0));
        Assert.Equal((TimeSpan.FromHours(2), true, (DateTimeOffset?)null, false), (open.Elapsed, open.Paused, open.Deadline, open.Breached));

        var late = clock.Evaluate(start, target, At(6, 10, 9, 0));
        Assert.True(late.Breached);
    }
}
