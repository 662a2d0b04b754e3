namespace Chatbot.Core.Cases;

/// <summary>The answer to "open this case": the case that now stands (new, or the open one it joined) and its place in the queue (1 = next).</summary>
public sealed record CaseAdmission(ServiceCase Case, bool JoinedExisting, long QueuePosition, long QueueLength);
