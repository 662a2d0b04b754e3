namespace Chatbot.Core.Routing;

/// <summary>What is recorded against one operator: offers they let expire, SLA targets that passed while they held the item.</summary>
public sealed record RoutingTally(string UserName, long MissedOffers, long SlaBreaches);
