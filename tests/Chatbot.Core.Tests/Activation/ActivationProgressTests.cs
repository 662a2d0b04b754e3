using Chatbot.Core.Activation;

namespace Chatbot.Core.Tests.Activation;

/// <summary>The progress arithmetic; every expected value below is worked out by hand in the comment beside it.</summary>
public class ActivationProgressTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly DateOnly From = new(2026, 12, 1);
    private static readonly DateOnly To = new(2026, 12, 3);

    private static readonly AreaTarget[] Targets =
    [
        new("ciwandan", "Ciwandan", 1000, 25m), // target 1000 × 25 % = 250
        new("citangkil", "Citangkil", 333, 30m), // target 333 × 30 % = 99.9, rounded up to 100
    ];

    private static readonly ActivationSession[] Sessions =
    [
        Session("ciwandan", new DateOnly(2026, 12, 1), officers: 2, perOfficer: 50, taken: 80), // 100 seats
        Session("ciwandan", new DateOnly(2026, 12, 3), officers: 1, perOfficer: 50, taken: 50), // 50 seats
        Session("ciwandan", new DateOnly(2026, 12, 2), officers: 1, perOfficer: 50, taken: 0) with { Status = SessionStatus.Cancelled }, // left out
        Session("citangkil", new DateOnly(2026, 12, 4), officers: 1, perOfficer: 50, taken: 10), // after the range: left out
        Session("citangkil", new DateOnly(2026, 12, 2), officers: 3, perOfficer: 40, taken: 30), // 120 seats
    ];

    private static readonly ActivationDayCount[] Counts =
    [
        new("ciwandan", new DateOnly(2026, 12, 1), 60, 10, 10),
        new("ciwandan", new DateOnly(2026, 12, 3), 40, 2, 8),
        new("citangkil", new DateOnly(2026, 12, 2), 25, 0, 5),
        new("ciwandan", new DateOnly(2026, 11, 30), 99, 9, 9), // before the range: left out
    ];

    private static readonly Dictionary<string, int> Totals = new() { ["ciwandan"] = 400, ["citangkil"] = 33 };

    [Fact]
    public void Each_area_counts_its_sessions_outcomes_and_target()
    {
        var report = Compute();

        var ciwandan = report.Areas[0];
        Assert.Equal("ciwandan", ciwandan.AreaId);
        Assert.Equal(250, ciwandan.TargetCount);
        Assert.Equal(400, ciwandan.ActivatedTotal);
        Assert.Equal(40.00m, ciwandan.PercentOfWajibKtp); // 400 / 1000
        Assert.Equal(160.00m, ciwandan.PercentOfTarget); // 400 / 250
        Assert.Equal(2, ciwandan.Sessions); // the cancelled one is left out
        Assert.Equal(150, ciwandan.Capacity); // 100 + 50
        Assert.Equal(130, ciwandan.Taken); // 80 + 50
        Assert.Equal(0.8667m, ciwandan.FillRate); // 130 / 150 = 0.86666…
        Assert.Equal((100, 12, 18), (ciwandan.Activated, ciwandan.Failed, ciwandan.NoShow)); // 60+40, 10+2, 10+8
        Assert.Equal(0.1385m, ciwandan.NoShowRate); // 18 / 130 = 0.138461…

        var citangkil = report.Areas[1];
        Assert.Equal(100, citangkil.TargetCount);
        Assert.Equal(9.91m, citangkil.PercentOfWajibKtp); // 33 / 333 = 9.9099…%
        Assert.Equal(33.00m, citangkil.PercentOfTarget); // 33 / 100
        Assert.Equal((1, 120, 30), (citangkil.Sessions, citangkil.Capacity, citangkil.Taken)); // the 4 December session is out
        Assert.Equal(0.25m, citangkil.FillRate); // 30 / 120
        Assert.Equal(0.1667m, citangkil.NoShowRate); // 5 / 30 = 0.16666…
    }

    [Fact]
    public void The_totals_are_sums_with_rates_from_the_sums()
    {
        var totals = Compute().Totals;

        Assert.Equal(("total", "Total"), (totals.AreaId, totals.Name));
        Assert.Equal(1333, totals.WajibKtp); // 1000 + 333
        Assert.Equal(26.26m, totals.TargetPercent); // 350 / 1333 = 26.256…%
        Assert.Equal(350, totals.TargetCount); // 250 + 100
        Assert.Equal(433, totals.ActivatedTotal); // 400 + 33
        Assert.Equal(32.48m, totals.PercentOfWajibKtp); // 433 / 1333 = 32.483…%
        Assert.Equal(123.71m, totals.PercentOfTarget); // 433 / 350 = 123.714…%
        Assert.Equal((3, 270, 160), (totals.Sessions, totals.Capacity, totals.Taken)); // 2 + 1, 150 + 120, 130 + 30
        Assert.Equal(0.5926m, totals.FillRate); // 160 / 270 = 0.59259…
        Assert.Equal((125, 12, 23), (totals.Activated, totals.Failed, totals.NoShow));
        Assert.Equal(0.1438m, totals.NoShowRate); // 23 / 160 = 0.14375, half rounded away from zero
    }

    [Fact]
    public void Every_day_of_the_range_is_listed_with_the_outcomes_of_every_area()
    {
        var days = Compute().Days;

        Assert.Equal(
            [
                new ActivationProgressDay(new DateOnly(2026, 12, 1), 60, 10, 10),
                new ActivationProgressDay(new DateOnly(2026, 12, 2), 25, 0, 5),
                new ActivationProgressDay(new DateOnly(2026, 12, 3), 40, 2, 8),
            ],
            days);
    }

    [Fact]
    public void An_empty_range_has_no_rates_rather_than_a_division_by_zero()
    {
        var report = ActivationProgress.Compute(From, From, Targets, [], Day, [], new Dictionary<string, int>());

        Assert.All(report.Areas, a => Assert.Null(a.FillRate));
        Assert.All(report.Areas, a => Assert.Null(a.NoShowRate));
        Assert.Equal(0.00m, report.Areas[0].PercentOfWajibKtp);
        Assert.Equal(new ActivationProgressDay(From, 0, 0, 0), Assert.Single(report.Days));
    }

    [Fact]
    public void An_area_without_a_target_is_listed_after_the_targets_by_its_id()
    {
        var report = ActivationProgress.Compute(
            From, To, Targets, [], Day, [new ActivationDayCount("zz-baru", From, 3, 1, 0)], new Dictionary<string, int> { ["zz-baru"] = 3 });

        var extra = report.Areas[^1];
        Assert.Equal(("zz-baru", "zz-baru", 0), (extra.AreaId, extra.Name, extra.WajibKtp));
        Assert.Null(extra.PercentOfWajibKtp);
        Assert.Null(extra.PercentOfTarget);
        Assert.Equal(0m, extra.NoShowRate); // 0 / (3 + 1 + 0)
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_refused() =>
        Assert.Throws<ArgumentException>(() => ActivationProgress.Compute(To, From, Targets, [], Day, [], new Dictionary<string, int>()));

    private static ActivationProgressReport Compute() => ActivationProgress.Compute(From, To, Targets, Sessions, Day, Counts, Totals);

    private static DateOnly Day(ActivationSession session) => DateOnly.FromDateTime(session.StartsAt.ToOffset(Wib).DateTime);

    private static ActivationSession Session(string area, DateOnly day, int officers, int perOfficer, int taken) => new()
    {
        Id = ActivationSession.NewId(),
        AreaId = area,
        PlaceKind = SessionPlaceKind.Kecamatan,
        Place = "Aula",
        StartsAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), Wib),
        EndsAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), Wib),
        Officers = Enumerable.Range(1, officers).Select(i => "petugas" + i).ToList(),
        PeoplePerOfficer = perOfficer,
        Taken = taken,
        CreatedBy = "sv",
        CreatedAt = DateTimeOffset.UnixEpoch,
    };
}
