namespace Chatbot.Core.Routing;

/// <summary>Why an offer was or was not made (the store checks everything again atomically).</summary>
public enum OfferStatus
{
    Offered,

    /// <summary>No such item in routing.</summary>
    Missing,

    /// <summary>The item is already offered or assigned.</summary>
    Taken,

    /// <summary>The operator is unknown to routing (never set a presence).</summary>
    NoOperator,

    /// <summary>The operator is not Tersedia.</summary>
    Unavailable,

    /// <summary>The operator already has an offer waiting for an answer.</summary>
    Busy,

    /// <summary>The operator holds as many items as their capacity allows.</summary>
    Full,

    /// <summary>The operator does not serve the item's queue.</summary>
    NoSkill,

    /// <summary>The operator let this item expire or declined it a moment ago.</summary>
    CoolingDown,
}

public sealed record OfferOutcome(OfferStatus Status, RoutingOffer? Offer = null);

/// <summary>The answer to accept, claim and pull: the operator holds the item now, or why not.</summary>
public enum ClaimStatus
{
    Claimed,

    /// <summary>No such item or offer (or the offer is no longer this operator's).</summary>
    Missing,

    /// <summary>Another operator holds it or has it on offer.</summary>
    Taken,

    /// <summary>The offer's time ran out (it goes to the next operator).</summary>
    Expired,

    NoOperator,
    Unavailable,
    Full,
    NoSkill,

    /// <summary>Pull: nothing waits in the operator's queues.</summary>
    Empty,

    /// <summary>
    /// The item's conversation is held by another operator (<see cref="ClaimOutcome.Holder"/>; null when it kept
    /// changing): the take-over was refused, the item waits in its queue again.
    /// </summary>
    HeldByOther,
}

public sealed record ClaimOutcome(ClaimStatus Status, WorkItemRef? Item = null, string? Holder = null)
{
    public bool Succeeded => Status == ClaimStatus.Claimed;
}

public enum ReleaseStatus
{
    Released,
    Missing,

    /// <summary>Another operator holds the item (only a supervisor may release it).</summary>
    NotYours,
}

/// <summary>After a release or requeue: the result and the operator who held the item (their load went down).</summary>
public sealed record ReleaseOutcome(ReleaseStatus Status, string? PreviousHolder = null);

/// <summary>After an escalation: whether it happened (once per item) and the operator it is recorded against.</summary>
public sealed record EscalationOutcome(bool Escalated, string? Holder);

/// <summary>After a presence change: the operator now, and the offer taken back from them (going on a break or offline).</summary>
public sealed record PresenceChange(OperatorStatus Status, WorkItemRef? WithdrawnOffer);

/// <summary>A conversation waiting for an operator, and since when.</summary>
public sealed record WaitingConversation(string ConversationId, DateTimeOffset Since);

/// <summary>Everything routing holds, read at once: the items (any state), the operators, and who must not get which item again until when.</summary>
public sealed record RoutingSnapshot(IReadOnlyList<WorkItem> Items, IReadOnlyList<OperatorStatus> Operators, IReadOnlyDictionary<(string ItemKey, string UserName), DateTimeOffset> Cooldowns)
{
    public bool IsCoolingDown(WorkItemRef item, string userName, DateTimeOffset now) =>
        Cooldowns.TryGetValue((item.Key, userName), out var until) && until > now;
}
