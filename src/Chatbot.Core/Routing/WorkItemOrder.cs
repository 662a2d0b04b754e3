namespace Chatbot.Core.Routing;

/// <summary>
/// The order items leave a queue: higher priority first, then the longest waiting. <see cref="Score"/> puts the same
/// order in one number (ascending), exact in a double: |priority| ≤ 100 times 10^13 plus a unix time in ms.
/// </summary>
public static class WorkItemOrder
{
    private const long PriorityStep = 10_000_000_000_000;

    public static long Score(int priority, DateTimeOffset waitingSince) =>
        -Math.Clamp(priority, -PriorityRules.Max, PriorityRules.Max) * PriorityStep + waitingSince.ToUnixTimeMilliseconds();

    public static IComparer<WorkItem> Comparer { get; } = Comparer<WorkItem>.Create((a, b) =>
    {
        var byPriority = b.Priority.CompareTo(a.Priority);
        if (byPriority != 0) return byPriority;
        var byAge = a.WaitingSince.CompareTo(b.WaitingSince);
        return byAge != 0 ? byAge : string.CompareOrdinal(a.Ref.Key, b.Ref.Key);
    });
}
