namespace Chatbot.Web.Routing;

/// <summary>One queue on the dashboard: how many wait, are on offer, are held; how long the oldest waits; who could take them now.</summary>
public sealed record QueueSummary(
    string Id,
    string Name,
    int Waiting,
    int Offered,
    int Assigned,
    DateTimeOffset? OldestWaitingSince,
    TimeSpan LongestWait,
    int OperatorsAvailable,
    int OperatorsWithSkill);
