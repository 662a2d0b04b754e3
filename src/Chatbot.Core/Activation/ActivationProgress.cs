namespace Chatbot.Core.Activation;

/// <summary>
/// The arithmetic of the IKD progress report, without I/O. Over the days [from, to]:
/// <list type="bullet">
/// <item>sessions, capacity and seats taken count the sessions that are not cancelled and whose office-local date
/// (<paramref name="sessionDay"/>) falls in the range; fill rate = taken / capacity;</item>
/// <item>activated, failed and no-show are the outcomes recorded on those days; no-show rate = no-show / (activated +
/// failed + no-show);</item>
/// <item>the percentages of wajib KTP and of the target use every activation since the start
/// (<paramref name="activatedTotals"/>): activated total / wajib KTP, activated total / target count.</item>
/// </list>
/// Areas are those of the targets in their order, then any other area that has sessions, counts or activations (by
/// id, with no target). Every day of the range is listed, zeros included.
/// </summary>
public static class ActivationProgress
{
    /// <summary>The area id of the totals' line.</summary>
    public const string TotalId = "total";

    public static ActivationProgressReport Compute(
        DateOnly from,
        DateOnly to,
        IReadOnlyList<AreaTarget> targets,
        IEnumerable<ActivationSession> sessions,
        Func<ActivationSession, DateOnly> sessionDay,
        IEnumerable<ActivationDayCount> dayCounts,
        IReadOnlyDictionary<string, int> activatedTotals)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(sessionDay);
        ArgumentNullException.ThrowIfNull(activatedTotals);
        if (to < from) throw new ArgumentException("The range ends before it starts.", nameof(to));

        var inRange = (sessions ?? []).Where(s => s.Status != SessionStatus.Cancelled && InRange(sessionDay(s), from, to)).ToList();
        var counts = (dayCounts ?? []).Where(c => InRange(c.Day, from, to)).ToList();

        var areas = new List<AreaTarget>(targets);
        var known = targets.Select(t => t.AreaId).ToHashSet(StringComparer.Ordinal);
        var others = inRange.Select(s => s.AreaId).Concat(counts.Select(c => c.AreaId)).Concat(activatedTotals.Where(t => t.Value > 0).Select(t => t.Key));
        foreach (var id in others.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (known.Add(id)) areas.Add(new AreaTarget(id, id, 0, 0m));
        }

        var lines = areas.Select(area => Line(
            area,
            activatedTotals.GetValueOrDefault(area.AreaId),
            inRange.Where(s => s.AreaId == area.AreaId).ToList(),
            counts.Where(c => c.AreaId == area.AreaId).ToList())).ToList();

        var days = new List<ActivationProgressDay>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var ofDay = counts.Where(c => c.Day == day).ToList();
            days.Add(new ActivationProgressDay(day, ofDay.Sum(c => c.Activated), ofDay.Sum(c => c.Failed), ofDay.Sum(c => c.NoShow)));
        }

        return new ActivationProgressReport(from, to, lines, days, Totals(lines));
    }

    /// <summary><paramref name="part"/> / <paramref name="whole"/> × 100, two decimals; null when <paramref name="whole"/> is zero.</summary>
    public static decimal? Percent(int part, int whole) => whole == 0 ? null : Math.Round(part * 100m / whole, 2, MidpointRounding.AwayFromZero);

    /// <summary><paramref name="part"/> / <paramref name="whole"/>, four decimals; null when <paramref name="whole"/> is zero.</summary>
    public static decimal? Fraction(int part, int whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);

    private static bool InRange(DateOnly day, DateOnly from, DateOnly to) => day >= from && day <= to;

    private static ActivationProgressArea Line(AreaTarget area, int activatedTotal, List<ActivationSession> sessions, List<ActivationDayCount> counts)
    {
        var capacity = sessions.Sum(s => s.Capacity);
        var taken = sessions.Sum(s => s.Taken);
        var activated = counts.Sum(c => c.Activated);
        var failed = counts.Sum(c => c.Failed);
        var noShow = counts.Sum(c => c.NoShow);
        var targetCount = area.TargetCount;
        return new ActivationProgressArea(
            area.AreaId, area.Name, area.WajibKtp, area.TargetPercent, targetCount, activatedTotal,
            Percent(activatedTotal, area.WajibKtp), Percent(activatedTotal, targetCount),
            sessions.Count, capacity, taken, Fraction(taken, capacity),
            activated, failed, noShow, Fraction(noShow, activated + failed + noShow));
    }

    /// <summary>The sums of every area as one more line ("total"): its target percent is the target count over wajib KTP.</summary>
    private static ActivationProgressArea Totals(List<ActivationProgressArea> lines)
    {
        var wajibKtp = lines.Sum(l => l.WajibKtp);
        var targetCount = lines.Sum(l => l.TargetCount);
        var activatedTotal = lines.Sum(l => l.ActivatedTotal);
        var capacity = lines.Sum(l => l.Capacity);
        var taken = lines.Sum(l => l.Taken);
        var activated = lines.Sum(l => l.Activated);
        var failed = lines.Sum(l => l.Failed);
        var noShow = lines.Sum(l => l.NoShow);
        return new ActivationProgressArea(
            TotalId, "Total", wajibKtp, Percent(targetCount, wajibKtp) ?? 0m, targetCount, activatedTotal,
            Percent(activatedTotal, wajibKtp), Percent(activatedTotal, targetCount),
            lines.Sum(l => l.Sessions), capacity, taken, Fraction(taken, capacity),
            activated, failed, noShow, Fraction(noShow, activated + failed + noShow));
    }
}
