namespace Chatbot.Core.Routing;

/// <summary>An item offered to one operator until <see cref="Deadline"/>.</summary>
public sealed record RoutingOffer(string OfferId, WorkItemRef Item, string Queue, string Operator, DateTimeOffset Deadline);
