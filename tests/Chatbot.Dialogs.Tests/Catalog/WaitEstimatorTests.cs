using Chatbot.Dialogs.Catalog;

namespace Chatbot.Dialogs.Tests.Catalog;

public sealed class WaitEstimatorTests
{
    private static readonly DialogCatalog Catalog = DialogCatalog.Load(DialogsCopy.RealPath);

    // 2025-11-24 is a Monday; the office works 08:00-16:00 WIB (UTC+7), Monday to Friday.
    private static DateTimeOffset Wib(int day, int hour, int minute = 0) => new(2025, 11, day, hour, minute, 0, TimeSpan.FromHours(7));

    private static QueueSettings Queue(int minutes, int operators) => new() { MinutesPerCase = minutes, OperatorsOnDuty = operators };

    [Fact]
    public void Cases_ahead_are_shared_by_the_operators_on_duty()
    {
        // 6 ahead with 2 operators: 3 rounds of 5 minutes.
        Assert.Equal(new WaitEstimate(WaitUnit.Minutes, 15), WaitEstimator.Estimate(Catalog.Calendar, Queue(5, 2), 6, Wib(24, 9)));
    }

    [Fact]
    public void A_longer_wait_today_is_said_in_hours() =>
        Assert.Equal(new WaitEstimate(WaitUnit.Hours, 2), WaitEstimator.Estimate(Catalog.Calendar, Queue(10, 1), 12, Wib(24, 9)));

    [Fact]
    public void After_closing_time_the_case_waits_for_the_next_working_day() =>
        Assert.Equal(new WaitEstimate(WaitUnit.NextWorkingDay, 1), WaitEstimator.Estimate(Catalog.Calendar, Queue(5, 2), 1, Wib(24, 17)));

    [Fact]
    public void Friday_evening_skips_the_weekend_and_a_long_queue_counts_working_days()
    {
        Assert.Equal(new WaitEstimate(WaitUnit.NextWorkingDay, 1), WaitEstimator.Estimate(Catalog.Calendar, Queue(5, 2), 10, Wib(28, 18)));
        // 480 minutes a day: 200 cases × 5 minutes / 1 operator = 1000 minutes → the third working day.
        Assert.Equal(new WaitEstimate(WaitUnit.WorkingDays, 3), WaitEstimator.Estimate(Catalog.Calendar, Queue(5, 1), 200, Wib(28, 18)));
    }

    [Fact]
    public void The_wait_is_phrased_in_the_citizens_language()
    {
        Assert.Equal("dalam sekitar 15 menit", Catalog.DescribeWait("id", "ktp-el", 6, Wib(24, 9)));
        Assert.Equal("on the next working day", Catalog.DescribeWait("en", "ktp-el", 1, Wib(29, 10)));
    }

    [Theory]
    [InlineData("closed", 0)]
    [InlineData("08:00-16:00", 1)]
    [InlineData("08.00-12.00, 13.00-16.00", 2)]
    public void Working_hours_are_read_as_written(string text, int ranges)
    {
        Assert.True(WorkingHoursText.TryParse(text, out var parsed, out _));
        Assert.Equal(ranges, parsed.Count);
    }

    [Theory]
    [InlineData("16:00-08:00")]
    [InlineData("8 to 4")]
    [InlineData("08:00-12:00, 11:00-16:00")]
    public void Wrong_working_hours_are_refused(string text) => Assert.False(WorkingHoursText.TryParse(text, out _, out _));
}
