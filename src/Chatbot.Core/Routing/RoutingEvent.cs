namespace Chatbot.Core.Routing;

/// <summary>
/// Something routing did or saw, kept for supervisors: an offer made, accepted, declined or not answered in time, an
/// SLA breach, an escalation. <see cref="Operator"/> is the one it is recorded against (who let the offer expire, who
/// held the item when its target passed).
/// </summary>
public sealed record RoutingEvent(string Kind, WorkItemRef? Item, string? Queue, string? Operator, DateTimeOffset At, string? Detail = null);
