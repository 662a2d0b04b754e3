namespace Chatbot.Core.Routing;

/// <summary>
/// A work item as routing sees it: its queue and priority, how long it has waited, who it is offered to or held by,
/// and the SLA marks (first response, time paused while waiting for the citizen).
/// </summary>
public sealed record WorkItem
{
    public required WorkItemRef Ref { get; init; }

    /// <summary>The routing queue (a <see cref="QueueDefinition.Id"/>, or <see cref="RoutingQueues.Supervisor"/> after an escalation).</summary>
    public required string Queue { get; init; }

    /// <summary>The service id of a case, <see cref="RoutingQueues.HandoffService"/> for a conversation: picks the SLA targets.</summary>
    public required string Service { get; init; }

    /// <summary>The kecamatan of a case, when it has one.</summary>
    public string? Area { get; init; }

    /// <summary>Higher first (see <see cref="PriorityRules"/>).</summary>
    public int Priority { get; init; }

    /// <summary>Since when the citizen waits: the case's creation, the conversation's request for an operator. The SLA counts from here.</summary>
    public required DateTimeOffset WaitingSince { get; init; }

    public WorkItemState State { get; init; }

    /// <summary>The operator it is offered to (<see cref="WorkItemState.Offered"/>) or held by (<see cref="WorkItemState.Assigned"/>).</summary>
    public string? Operator { get; init; }

    public string? OfferId { get; init; }

    public DateTimeOffset? OfferDeadline { get; init; }

    public DateTimeOffset? AssignedAt { get; init; }

    /// <summary>Found waiting in its source (the case queue, the handoff queue): leaves routing when it leaves the source while unassigned.</summary>
    public bool FromSource { get; init; }

    /// <summary>Came back to a queue after an operator held it (handed back, transferred).</summary>
    public bool Returned { get; init; }

    /// <summary>Moved to the supervisors' queue after its first-response target passed.</summary>
    public bool Escalated { get; init; }

    public DateTimeOffset? FirstResponseAt { get; init; }

    /// <summary>While set, the SLA clock stands still: the operator asked and the citizen has not answered yet.</summary>
    public DateTimeOffset? PausedSince { get; init; }

    /// <summary>Working time already spent paused (closed pauses).</summary>
    public TimeSpan PausedWorkingTime { get; init; }

    /// <summary>The resolution breach was recorded (once).</summary>
    public bool ResolutionBreached { get; init; }
}
