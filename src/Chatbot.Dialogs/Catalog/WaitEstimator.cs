namespace Chatbot.Dialogs.Catalog;

/// <summary>
/// An honest wait: the cases ahead divided among the operators on duty, times the minutes per case, counted in working
/// time only (evenings, weekends and closed dates do not move the queue).
/// </summary>
public static class WaitEstimator
{
    private const int MaxDaysAhead = 366;

    public static WaitEstimate Estimate(WorkingCalendar calendar, QueueSettings queue, long position, DateTimeOffset now)
    {
        var rounds = (Math.Max(position, 1) + queue.OperatorsOnDuty - 1) / Math.Max(queue.OperatorsOnDuty, 1);
        var needed = TimeSpan.FromMinutes(rounds * (double)queue.MinutesPerCase);
        var local = calendar.ToLocal(now);
        var today = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);

        foreach (var range in calendar.HoursOn(today))
        {
            var start = range.Start > time ? range.Start : time;
            if (start >= range.End) continue;
            var available = range.End - start;
            if (needed <= available) return Today((start - time) + needed);
            needed -= available;
        }

        var workingDays = 0;
        for (var day = today.AddDays(1); day <= today.AddDays(MaxDaysAhead); day = day.AddDays(1))
        {
            var ranges = calendar.HoursOn(day);
            if (ranges.Count == 0) continue;
            workingDays++;
            foreach (var range in ranges)
            {
                if (needed <= range.Length) return workingDays == 1 ? new WaitEstimate(WaitUnit.NextWorkingDay, 1) : new WaitEstimate(WaitUnit.WorkingDays, workingDays);
                needed -= range.Length;
            }
        }

        return new WaitEstimate(WaitUnit.WorkingDays, Math.Max(workingDays, 2));
    }

    private static WaitEstimate Today(TimeSpan elapsed)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(elapsed.TotalMinutes));
        if (minutes < 60) return new WaitEstimate(WaitUnit.Minutes, Math.Max(5, (minutes + 4) / 5 * 5));
        return new WaitEstimate(WaitUnit.Hours, (int)Math.Round(minutes / 60d, MidpointRounding.AwayFromZero));
    }
}
