using Chatbot.Core.Ports;
using Chatbot.Core.Routing;

namespace Chatbot.Web.Routing;

/// <summary>
/// What the console and the REST API do with routing: presence, the offer waiting for the operator, accept or decline
/// it, pull the next item or claim a chosen one, hand an item back or transfer it, and the views (queues visible to the
/// operator, operators' presence and load, the routing record). Also the SLA marks the reply path calls: the
/// operator's answer, a question waiting for the citizen, the citizen's answer.
/// Accepting, pulling or claiming an item also takes its conversation over for the operator (<see cref="RoutingTakeOver"/>);
/// when another operator holds that conversation the item goes back to its queue and the answer is
/// <see cref="ClaimStatus.HeldByOther"/>.
/// Authorization by role is the caller's job; the ownership rules (only the holder releases, only supervisors
/// release anyone's, an operator sees only their skills' queues) are applied here.
/// </summary>
public sealed class RoutingService(
    RoutingPlan plan,
    IOfferStore offers,
    IOperatorRoster roster,
    IRoutingEvents record,
    RoutingEngine engine,
    RoutingConsoleEvents console,
    RoutingQueueAccess access,
    RoutingTakeOver takeOver,
    TimeProvider time)
{
    /// <summary>Sets the operator's presence; coming online makes routing run at once, leaving takes back a pending offer.</summary>
    public async Task<OperatorStatus> SetPresenceAsync(RoutingActor actor, Presence presence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = time.GetUtcNow();
        var change = await roster.SetPresenceAsync(actor.UserName, presence, plan.ProfileOf(actor.UserName), actor.IsSupervisor, actor.DisplayName, now, cancellationToken);
        await console.PresenceAsync(actor.UserName, presence, now);
        if (change.WithdrawnOffer is { } withdrawn)
            await console.ChangeAsync(RoutingEventKinds.OfferWithdrawn, withdrawn, null, actor.UserName, now);
        engine.Signal();
        return change.Status;
    }

    public async Task<OperatorStatus?> MyStatusAsync(RoutingActor actor, CancellationToken cancellationToken = default) =>
        await roster.GetAsync(actor.UserName, cancellationToken);

    /// <summary>The offer waiting for this operator's answer (with its deadline), if any.</summary>
    public Task<RoutingOffer?> GetMyOfferAsync(RoutingActor actor, CancellationToken cancellationToken = default) =>
        offers.OfferOfAsync(actor.UserName, cancellationToken);

    /// <summary>The operator takes the item offered to them and its conversation (see <see cref="RoutingTakeOver"/>).</summary>
    public async Task<ClaimOutcome> AcceptAsync(RoutingActor actor, string offerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = time.GetUtcNow();
        var outcome = await offers.AcceptAsync(actor.UserName, offerId, now, cancellationToken);
        return await TakeOverAsync(actor, outcome, RoutingEventKinds.Accepted, "terima tawaran", now);
    }

    public async Task<bool> DeclineAsync(RoutingActor actor, string offerId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var declined = await offers.DeclineAsync(actor.UserName, offerId, now, plan.Options.RetrySameOperatorAfter, cancellationToken);
        if (declined)
        {
            await console.ChangeAsync(RoutingEventKinds.Declined, null, null, actor.UserName, now);
            engine.Signal();
        }

        return declined;
    }

    /// <summary>Takes the best item waiting in the operator's queues (higher priority, then the longest waiting).</summary>
    public Task<ClaimOutcome> PullNextAsync(RoutingActor actor, CancellationToken cancellationToken = default) =>
        ClaimCoreAsync(actor, null, cancellationToken);

    /// <summary>Takes a chosen item (from a queue list): of two operators claiming it at once, exactly one wins.</summary>
    public Task<ClaimOutcome> ClaimAsync(RoutingActor actor, WorkItemRef item, CancellationToken cancellationToken = default) =>
        ClaimCoreAsync(actor, item, cancellationToken);

    /// <summary>
    /// The case is done or the conversation handed back to the bot: the item leaves routing, its holder's capacity is
    /// free again. An operator releases only what they hold; a supervisor anything.
    /// </summary>
    public async Task<ReleaseOutcome> ReleaseAsync(RoutingActor actor, WorkItemRef item, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var outcome = await offers.ReleaseAsync(actor.IsSupervisor ? null : actor.UserName, item, now, cancellationToken);
        if (outcome.Status == ReleaseStatus.Released)
        {
            await console.ChangeAsync(RoutingEventKinds.Released, item, null, outcome.PreviousHolder, now);
            engine.Signal();
        }

        return outcome;
    }

    /// <summary>
    /// Puts an item (back) into a queue, marked as came back (its priority rule applies): handing a case back unfinished
    /// (<paramref name="queue"/> null: its own queue) or transferring it. Items routing does not know yet are added.
    /// </summary>
    public async Task<ReleaseOutcome> TransferAsync(RoutingActor actor, WorkItem item, string? queue = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var now = time.GetUtcNow();
        var stored = await offers.GetAsync(item.Ref, cancellationToken) ?? item;
        var target = queue ?? stored.Queue;
        if (!RoutingQueues.IsValidId(target)) throw new ArgumentException($"'{target}' is not a queue id.", nameof(queue));
        // Coming back adds the "came back" rules' boost once.
        var boost = stored.Returned ? 0 : plan.Rules.Where(r => r.Kind == PriorityRuleKind.Returned).Sum(r => r.Boost);
        var priority = Math.Clamp(stored.Priority + boost, -PriorityRules.Max, PriorityRules.Max);
        var outcome = await offers.RequeueAsync(actor.IsSupervisor ? null : actor.UserName, stored, target, priority, now, cancellationToken);
        if (outcome.Status == ReleaseStatus.Released)
        {
            await console.ChangeAsync(RoutingEventKinds.Requeued, item.Ref, target, outcome.PreviousHolder, now);
            engine.Signal();
        }

        return outcome;
    }

    /// <summary>The queues the user may see (an operator: their skills; a supervisor: all), with their numbers.</summary>
    public async Task<IReadOnlyList<QueueSummary>> QueueSummariesAsync(RoutingActor actor, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var snapshot = await offers.SnapshotAsync(cancellationToken);
        var visible = await VisibleQueuesAsync(actor, snapshot, cancellationToken);
        return visible.Select(queue =>
        {
            var items = snapshot.Items.Where(i => i.Queue == queue).ToList();
            var waiting = items.Where(i => i.State == WorkItemState.Waiting).ToList();
            DateTimeOffset? oldest = waiting.Count == 0 ? null : waiting.Min(i => i.WaitingSince);
            var skilled = snapshot.Operators.Where(o => o.HasSkill(queue)).ToList();
            return new QueueSummary(
                queue,
                plan.Queues.NameOf(queue),
                waiting.Count,
                items.Count(i => i.State == WorkItemState.Offered),
                items.Count(i => i.State == WorkItemState.Assigned),
                oldest,
                oldest is { } since && now > since ? now - since : TimeSpan.Zero,
                skilled.Count(o => OperatorSelector.IsEligible(o, queue)),
                skilled.Count);
        }).ToList();
    }

    /// <summary>Whether the user may see (and claim from) <paramref name="queue"/>.</summary>
    public Task<bool> CanSeeQueueAsync(RoutingActor actor, string queue, CancellationToken cancellationToken = default) =>
        access.CanSeeQueueAsync(actor, queue, cancellationToken);

    /// <summary>Every operator's presence, load and capacity, for the supervisors' dashboard.</summary>
    public Task<IReadOnlyList<OperatorStatus>> OperatorsAsync(CancellationToken cancellationToken = default) => roster.ListAsync(cancellationToken);

    /// <summary>Pins an operator's skills and capacity (an admin's choice) over the configuration.</summary>
    public async Task SetProfileAsync(string userName, OperatorProfile profile, CancellationToken cancellationToken = default)
    {
        if (profile.Capacity is < 1 or > 100) throw new ArgumentOutOfRangeException(nameof(profile), "Capacity must be between 1 and 100.");
        if (profile.Skills.Any(s => !RoutingQueues.IsValidId(s))) throw new ArgumentException("A skill is not a queue id.", nameof(profile));
        await roster.SetProfileAsync(userName, profile, cancellationToken);
        engine.Signal();
    }

    /// <summary>The routing record, newest first (supervisors).</summary>
    public Task<IReadOnlyList<RoutingEvent>> EventsAsync(int max = 200, CancellationToken cancellationToken = default) => record.RecentAsync(max, cancellationToken);

    /// <summary>Expired offers and SLA breaches per operator (supervisors).</summary>
    public Task<IReadOnlyList<RoutingTally>> TalliesAsync(CancellationToken cancellationToken = default) => record.TalliesAsync(cancellationToken);

    /// <summary>The operator answered the citizen: the first answer meets the first-response target.</summary>
    public Task<bool> RecordResponseAsync(WorkItemRef item, CancellationToken cancellationToken = default) =>
        offers.MarkRespondedAsync(item, time.GetUtcNow(), cancellationToken);

    /// <summary>The operator's last message is a question to the citizen: the SLA clock stops until the citizen answers.</summary>
    public Task<bool> AwaitingCitizenAsync(WorkItemRef item, CancellationToken cancellationToken = default) =>
        offers.PauseAsync(item, time.GetUtcNow(), cancellationToken);

    /// <summary>The citizen answered: the SLA clock runs again; the pause's working time no longer counts.</summary>
    public async Task<bool> CitizenAnsweredAsync(WorkItemRef item, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var stored = await offers.GetAsync(item, cancellationToken);
            if (stored?.PausedSince is not { } since) return false;
            if (await offers.ResumeAsync(item, since, plan.Clock.WorkingTimeBetween(since, now), cancellationToken)) return true;
        }

        return false;
    }

    /// <summary>The SLA of an item now (first response until answered, then resolution), for the console.</summary>
    public async Task<SlaReading?> SlaOfAsync(WorkItemRef item, CancellationToken cancellationToken = default)
    {
        var stored = await offers.GetAsync(item, cancellationToken);
        if (stored is null) return null;
        var target = plan.SlaFor(stored.Service);
        var span = stored.FirstResponseAt is null ? target.FirstResponse : target.Resolution;
        return plan.Clock.Evaluate(stored.WaitingSince, span, time.GetUtcNow(), stored.PausedWorkingTime, stored.PausedSince);
    }

    private async Task<ClaimOutcome> ClaimCoreAsync(RoutingActor actor, WorkItemRef? item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = time.GetUtcNow();
        var outcome = await offers.ClaimAsync(actor.UserName, item, now, cancellationToken);
        return await TakeOverAsync(actor, outcome, RoutingEventKinds.Claimed, item is null ? "ambil berikutnya" : "ambil dari antrean", now);
    }

    /// <summary>
    /// The operator holds the item now: they take its conversation over too. Routing's step comes first (it decides
    /// which operator gets the item) and the conversation's guard second (it decides who holds the conversation); when
    /// another operator holds it, the assignment is undone: the item waits in its queue again, not offered to this
    /// operator again for a while. Once the item is theirs the take-over runs to its end even if the caller goes away.
    /// </summary>
    private async Task<ClaimOutcome> TakeOverAsync(RoutingActor actor, ClaimOutcome outcome, string kind, string how, DateTimeOffset now)
    {
        if (outcome is not { Succeeded: true, Item: { } item }) return outcome;
        var taken = await takeOver.TakeOverAsync(actor, item, how, CancellationToken.None);
        if (taken.Taken)
        {
            await console.ChangeAsync(kind, item, null, actor.UserName, now);
            return outcome;
        }

        await offers.UnassignAsync(actor.UserName, item, now, plan.Options.RetrySameOperatorAfter, CancellationToken.None);
        await console.ChangeAsync(RoutingEventKinds.TakeOverRefused, item, null, actor.UserName, now);
        engine.Signal();
        return new ClaimOutcome(ClaimStatus.HeldByOther, item, taken.Holder);
    }

    private async Task<IReadOnlyList<string>> VisibleQueuesAsync(RoutingActor actor, RoutingSnapshot snapshot, CancellationToken cancellationToken)
    {
        var all = plan.AllQueues.Concat(snapshot.Items.Select(i => i.Queue)).Distinct(StringComparer.Ordinal).ToList();
        if (actor.IsSupervisor) return all;
        var skills = await access.SkillsOfAsync(actor, cancellationToken);
        return all.Where(q => skills.Contains(q, StringComparer.Ordinal)).ToList();
    }
}
