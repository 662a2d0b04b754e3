namespace Chatbot.Core.Routing;

/// <summary>A service's targets, in working time: the first answer of an operator, and the case's end.</summary>
public sealed record SlaTarget(TimeSpan FirstResponse, TimeSpan Resolution);
