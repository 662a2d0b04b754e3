namespace Chatbot.Core.Routing;

/// <summary>An operator as routing sees them: presence, skills (queues they may serve), capacity and current load.</summary>
public sealed record OperatorStatus
{
    public required string UserName { get; init; }

    public string? DisplayName { get; init; }

    public Presence Presence { get; init; }

    public DateTimeOffset PresenceSince { get; init; }

    /// <summary>Most work items held at once (open conversations and cases).</summary>
    public int Capacity { get; init; }

    /// <summary>Work items held now.</summary>
    public int Load { get; init; }

    /// <summary>Queue ids the operator may serve; a supervisor's include <see cref="RoutingQueues.Supervisor"/>.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    public bool IsSupervisor { get; init; }

    /// <summary>Since when nothing changed in their work (became Tersedia, took or released an item): "longest idle" breaks ties.</summary>
    public DateTimeOffset IdleSince { get; init; }

    /// <summary>The offer waiting for their answer (at most one at a time).</summary>
    public string? PendingOfferId { get; init; }

    public WorkItemRef? PendingOfferItem { get; init; }

    public bool HasSkill(string queue) => Skills.Contains(queue, StringComparer.Ordinal);

    /// <summary>Room for one more item, counting a pending offer as taken.</summary>
    public bool HasRoom => Load + (PendingOfferId is null ? 0 : 1) < Capacity;
}
