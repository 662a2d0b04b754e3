using Chatbot.Core.Routing;

namespace Chatbot.Core.Ports;

/// <summary>
/// The routing record for supervisors: what happened (offers, expiries, breaches, escalations), newest first, and the
/// tallies against each operator (offers not answered in time, SLA breaches). The offer store appends in the same
/// atomic step as each change; <see cref="RecordAsync"/> is for events from elsewhere.
/// </summary>
public interface IRoutingEvents
{
    Task RecordAsync(RoutingEvent routingEvent, CancellationToken cancellationToken = default);

    /// <summary>The latest events, newest first.</summary>
    Task<IReadOnlyList<RoutingEvent>> RecentAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>Expired offers and SLA breaches per operator (only those with any).</summary>
    Task<IReadOnlyList<RoutingTally>> TalliesAsync(CancellationToken cancellationToken = default);
}
