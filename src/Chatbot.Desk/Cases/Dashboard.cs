using System.Globalization;
using Chatbot.Core.Cases;
using Chatbot.Core.Ports;

namespace Chatbot.Desk.Cases;

/// <summary>
/// The supervisors' overview: waiting cases per queue and how long they wait, citizens waiting for an operator, cases
/// per day for the last 30 days (office time, WIB), cases by status, the average rating, the operators.
/// Operators' presence and load and the SLA breaches come from the routing engine (<see cref="IOperatorRoster"/>,
/// <see cref="IRoutingEvents"/>) when the host has it; otherwise they are null.
/// </summary>
public sealed class Dashboard(ICaseDirectory directory, IHandoffQueue handoff, IOperatorDirectory operators, IServiceProvider services, TimeProvider clock)
{
    /// <summary>Dates are counted in western Indonesian time (UTC+7).</summary>
    public static readonly TimeSpan OfficeOffset = TimeSpan.FromHours(7);

    public const int Days = 30;

    /// <summary>How far back waiting cases are looked for.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(366);

    public async Task<DashboardView> GetAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var all = await directory.ListAsync(now - Horizon, now.AddMinutes(1), ct);
        var waiting = all.Where(c => c.Status == CaseStatus.Baru).ToList();
        var queues = waiting.GroupBy(c => c.Queue, StringComparer.Ordinal)
            .Select(g => new QueueStat(
                g.Key,
                g.Count(),
                Math.Round(g.Max(c => (now - c.CreatedAt).TotalMinutes), 1),
                Math.Round(g.Average(c => (now - c.CreatedAt).TotalMinutes), 1)))
            .OrderBy(q => q.Queue, StringComparer.Ordinal)
            .ToList();

        var today = now.ToOffset(OfficeOffset).Date;
        var perDay = Enumerable.Range(0, Days).Select(i => today.AddDays(i - Days + 1))
            .Select(day => new DayCount(
                day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                all.Count(c => c.CreatedAt.ToOffset(OfficeOffset).Date == day)))
            .ToList();

        var ratings = all.Select(c => c.Fields.GetValueOrDefault(CaseFields.Rating))
            .Select(r => int.TryParse(r, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v is >= 1 and <= 5 ? v : (int?)null)
            .OfType<int>()
            .ToList();

        var accounts = await operators.ListAsync(ct);
        var roster = services.GetService<IOperatorRoster>();
        var routingEvents = services.GetService<IRoutingEvents>();
        var statuses = roster is null ? [] : (await roster.ListAsync(ct)).ToDictionary(s => s.UserName, StringComparer.Ordinal);
        var tallies = routingEvents is null ? [] : await routingEvents.TalliesAsync(ct);
        return new DashboardView(
            now,
            queues,
            await handoff.CountAsync(ct),
            perDay,
            Enum.GetValues<CaseStatus>().ToDictionary(s => s.ToString(), s => all.Count(c => c.Status == s)),
            ratings.Count == 0 ? null : Math.Round(ratings.Average(), 2),
            ratings.Count,
            accounts.Where(a => a.Active).Select(a => new OperatorStat(
                a.UserName, a.DisplayName, a.Role.ToString(),
                statuses.GetValueOrDefault(a.UserName)?.Presence.ToString(),
                statuses.GetValueOrDefault(a.UserName)?.Load,
                statuses.GetValueOrDefault(a.UserName)?.Capacity,
                tallies.FirstOrDefault(t => t.UserName == a.UserName)?.MissedOffers,
                tallies.FirstOrDefault(t => t.UserName == a.UserName)?.SlaBreaches)).ToList(),
            roster is null ? null : tallies.Sum(t => t.SlaBreaches),
            roster is not null);
    }
}

/// <summary>
/// The dashboard. <see cref="SlaBreaches"/>, <see cref="OperatorStat.Presence"/> and <see cref="OperatorStat.Load"/> are
/// null while <see cref="RoutingAvailable"/> is false.
/// </summary>
public sealed record DashboardView(
    DateTimeOffset At,
    IReadOnlyList<QueueStat> Queues,
    long ConversationsWaitingForOperator,
    IReadOnlyList<DayCount> CasesPerDay,
    IReadOnlyDictionary<string, int> CasesByStatus,
    double? AverageRating,
    int Ratings,
    IReadOnlyList<OperatorStat> Operators,
    long? SlaBreaches,
    bool RoutingAvailable);

public sealed record QueueStat(string Queue, int Waiting, double OldestWaitMinutes, double AverageWaitMinutes);

public sealed record DayCount(string Date, int Cases);

/// <summary>An operator: presence (Tersedia / Istirahat / Offline), load and capacity, and what routing recorded against them.</summary>
public sealed record OperatorStat(string UserName, string DisplayName, string Role, string? Presence, int? Load, int? Capacity, long? MissedOffers, long? SlaBreaches);
