namespace Chatbot.Core.Routing;

/// <summary>
/// The configured queues and which one an item belongs to. The most specific definition wins: service and area, then
/// service alone, then area alone, then a catch-all (neither). An item no definition matches goes to its
/// <c>fallback</c> (a case: the queue it waits in at the case store, e.g. "ktp-el"; a conversation:
/// <see cref="RoutingQueues.HandoffService"/>), so that nothing waits unrouted when no queue is configured.
/// </summary>
public sealed class QueueCatalog
{
    private readonly IReadOnlyList<QueueDefinition> queues;

    public QueueCatalog(IEnumerable<QueueDefinition> queues)
    {
        this.queues = queues.ToList();
    }

    public IReadOnlyList<QueueDefinition> Queues => queues;

    public string Resolve(string service, string? area, string fallback)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        var match =
            queues.FirstOrDefault(q => SameService(q, service) && SameArea(q, area))
            ?? queues.FirstOrDefault(q => SameService(q, service) && q.Area is null)
            ?? queues.FirstOrDefault(q => q.Service is null && SameArea(q, area))
            ?? queues.FirstOrDefault(q => q.Service is null && q.Area is null);
        return match?.Id ?? fallback;
    }

    /// <summary>The name to show; the id itself for a queue that is not configured.</summary>
    public string NameOf(string queueId) =>
        queues.FirstOrDefault(q => q.Id == queueId)?.Name
        ?? (queueId == RoutingQueues.Supervisor ? "Supervisor" : queueId);

    private static bool SameService(QueueDefinition queue, string service) =>
        queue.Service is not null && string.Equals(queue.Service, service, StringComparison.OrdinalIgnoreCase);

    private static bool SameArea(QueueDefinition queue, string? area) =>
        queue.Area is not null && area is not null && string.Equals(queue.Area.Trim(), area.Trim(), StringComparison.OrdinalIgnoreCase);
}
