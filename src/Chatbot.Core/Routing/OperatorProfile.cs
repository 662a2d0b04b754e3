namespace Chatbot.Core.Routing;

/// <summary>What an operator may take: the queues (skills) and how many items at once (capacity).</summary>
public sealed record OperatorProfile(IReadOnlyList<string> Skills, int Capacity);
