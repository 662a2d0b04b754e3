namespace Chatbot.Core.Routing;

/// <summary>
/// A routing queue from configuration: the items of one service (or of any, when null) in one area (kecamatan, or any
/// when null). <see cref="RoutingQueues.HandoffService"/> as the service means the conversations waiting for an operator.
/// </summary>
public sealed record QueueDefinition(string Id, string? Service, string? Area, string Name);
