using Chatbot.Core.Routing;

namespace Chatbot.Core.Ports;

/// <summary>
/// The work items being routed and their offers and assignments. Every change is one atomic step that checks what it
/// relies on: an item is offered to ONE operator at a time, only to one who is Tersedia, has the skill and room below
/// their capacity; accepting turns the offer into an assignment (load +1); of two operators accepting, claiming or
/// pulling the same item at once exactly one wins. The steps also append to the routing events
/// (<see cref="IRoutingEvents"/>) and count expired offers and SLA breaches against the operator.
/// </summary>
public interface IOfferStore
{
    /// <summary>
    /// Brings routing up to date with the items found waiting at their sources (case queues, handoff queue): unknown
    /// ones join their queue (returned), waiting ones take the new queue and priority; offered, assigned, returned and
    /// escalated ones are left as they are.
    /// </summary>
    Task<IReadOnlyList<WorkItemRef>> SyncWaitingAsync(IReadOnlyList<WorkItem> found, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Drops items found at a source earlier that no longer wait there and nobody holds (an offer pending is withdrawn). Returns those dropped.</summary>
    Task<IReadOnlyList<WorkItemRef>> ForgetAsync(IReadOnlyList<WorkItemRef> gone, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task<RoutingSnapshot> SnapshotAsync(CancellationToken cancellationToken = default);

    Task<WorkItem?> GetAsync(WorkItemRef item, CancellationToken cancellationToken = default);

    /// <summary>Offers a waiting item to one operator until now + <paramref name="timeout"/>, if every rule allows it.</summary>
    Task<OfferOutcome> OfferAsync(WorkItemRef item, string userName, DateTimeOffset now, TimeSpan timeout, CancellationToken cancellationToken = default);

    /// <summary>The offer waiting for this operator's answer, if any.</summary>
    Task<RoutingOffer?> OfferOfAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>The operator takes the item offered to them, unless the offer expired or is no longer theirs.</summary>
    Task<ClaimOutcome> AcceptAsync(string userName, string offerId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The item goes back to its queue; this operator is not offered it again until now + <paramref name="retryAfter"/>. False when no such offer of theirs.</summary>
    Task<bool> DeclineAsync(string userName, string offerId, DateTimeOffset now, TimeSpan retryAfter, CancellationToken cancellationToken = default);

    /// <summary>Every offer whose deadline passed goes back to its queue, counted against its operator, who is not offered the item again until now + <paramref name="retryAfter"/>.</summary>
    Task<IReadOnlyList<RoutingOffer>> ExpireAsync(DateTimeOffset now, TimeSpan retryAfter, CancellationToken cancellationToken = default);

    /// <summary>
    /// The operator takes <paramref name="item"/> (a chosen one) or, when null, the best item waiting in the queues of
    /// their skills (pull next). Needs Tersedia and room; an item offered to someone else is theirs until it expires.
    /// </summary>
    Task<ClaimOutcome> ClaimAsync(string userName, WorkItemRef? item, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Undoes the operator's assignment of the item (accepted or claimed a moment ago, but its conversation turned out
    /// held by another operator): it waits in its queue again as it was (not marked returned), the operator's load goes
    /// down, and they are not offered it again until now + <paramref name="retryAfter"/>. False when they do not hold it.
    /// </summary>
    Task<bool> UnassignAsync(string userName, WorkItemRef item, DateTimeOffset now, TimeSpan retryAfter, CancellationToken cancellationToken = default);

    /// <summary>
    /// The item is done (case finished, conversation handed back to the bot): it leaves routing and its holder's load
    /// goes down. <paramref name="userName"/> null: whoever holds it (a supervisor, the system).
    /// </summary>
    Task<ReleaseOutcome> ReleaseAsync(string? userName, WorkItemRef item, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The item goes (back) to <paramref name="queue"/> with <paramref name="priority"/>, marked returned; its holder's load goes down. Adds it when routing did not know it.</summary>
    Task<ReleaseOutcome> RequeueAsync(string? userName, WorkItem item, string queue, int priority, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>First-response target passed: once per item, taken from whoever held it (recorded against them) and queued in <paramref name="queue"/>.</summary>
    Task<EscalationOutcome> EscalateAsync(WorkItemRef item, string queue, int priority, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Resolution target passed: recorded once per item, against its holder (returned).</summary>
    Task<EscalationOutcome> RecordResolutionBreachAsync(WorkItemRef item, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The operator answered the citizen (the first time counts for the first-response target). False when routing does not know the item.</summary>
    Task<bool> MarkRespondedAsync(WorkItemRef item, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The last message is the operator's question: the SLA clock stops until <see cref="ResumeAsync"/>.</summary>
    Task<bool> PauseAsync(WorkItemRef item, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// The citizen answered: the pause opened at <paramref name="pausedSince"/> closes and <paramref name="pausedWorkingTime"/>
    /// (its length in working time, computed by the caller with the office calendar) is added. False when no such pause is open.
    /// </summary>
    Task<bool> ResumeAsync(WorkItemRef item, DateTimeOffset pausedSince, TimeSpan pausedWorkingTime, CancellationToken cancellationToken = default);
}
