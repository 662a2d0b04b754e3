using Chatbot.Core.Activation;
using Chatbot.Core.Ports;
using Chatbot.Desk.Activation;

namespace Chatbot.Web.Activation;

/// <summary>Reads what the progress report needs from the stores and computes it (<see cref="ActivationProgress"/>).</summary>
public sealed class ActivationProgressQuery(IActivationSessions sessions, IActivationStats stats, IActivationAreas areas, OfficeTime time)
{
    public async Task<ActivationProgressReport> GetAsync(OfficeDateRange range, CancellationToken cancellationToken)
    {
        var inRange = await sessions.ListAsync(time.StartOf(range.From), time.StartOf(range.To.AddDays(1)), cancellationToken);
        var daily = await stats.DailyAsync(range.From, range.To, cancellationToken);
        var totals = await stats.ActivatedTotalsAsync(cancellationToken);
        return ActivationProgress.Compute(range.From, range.To, areas.All, inRange, s => time.DateOf(s.StartsAt), daily, totals);
    }
}
