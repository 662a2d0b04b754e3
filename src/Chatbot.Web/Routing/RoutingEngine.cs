using System.Threading.Channels;
using Chatbot.Core.Cases;
using Chatbot.Core.Conversations;
using Chatbot.Core.Ports;
using Chatbot.Core.Routing;

namespace Chatbot.Web.Routing;

/// <summary>
/// One routing pass, run by <see cref="RoutingWorker"/> on the instance holding the routing lease: offers past their
/// deadline go back (counted against their operator); the waiting cases and conversations are brought in from their
/// sources (and those no longer waiting there leave); items past their first-response target go to the supervisors'
/// queue (recorded against whoever held them) and past their resolution target are recorded; then every waiting item,
/// highest priority and longest waiting first, is offered to the best available operator of its queue, never to one
/// who let it expire or declined it a moment ago. Every change is published for the consoles.
/// </summary>
public sealed class RoutingEngine(
    RoutingPlan plan,
    IOfferStore offers,
    IWorkSources sources,
    ICaseStore cases,
    IConversationStore conversations,
    RoutingConsoleEvents console,
    TimeProvider time,
    ILogger<RoutingEngine> logger)
{
    /// <summary>Items read from one source per pass.</summary>
    private const int MaxPerSource = 1000;

    private static readonly TimeSpan ReconcileEvery = TimeSpan.FromSeconds(15);

    private readonly Channel<bool> signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private DateTimeOffset lastReconcile = DateTimeOffset.MinValue;

    /// <summary>Asks for a pass now (a presence change, a declined offer, a released item).</summary>
    public void Signal() => signals.Writer.TryWrite(true);

    /// <summary>Waits for a signal or until <paramref name="interval"/> passed.</summary>
    public async Task WaitAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(interval);
        try
        {
            await signals.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
    }

    public async Task RunPassAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();

        foreach (var expired in await offers.ExpireAsync(now, plan.Options.RetrySameOperatorAfter, cancellationToken))
        {
            logger.LogInformation("Offer of {Item} to {Operator} expired unanswered", expired.Item, expired.Operator);
            await console.ChangeAsync(RoutingEventKinds.OfferExpired, expired.Item, expired.Queue, expired.Operator, now);
        }

        var found = await FindWaitingAsync(now, cancellationToken);
        var waitingAtSource = found.ToDictionary(f => f.Ref.Key, StringComparer.Ordinal);
        foreach (var added in await offers.SyncWaitingAsync(found, now, cancellationToken))
        {
            await console.ChangeAsync(RoutingEventKinds.Queued, added, waitingAtSource[added.Key].Queue, null, now);
        }

        var snapshot = await offers.SnapshotAsync(cancellationToken);
        var gone = snapshot.Items.Where(i => i.FromSource && i.State != WorkItemState.Assigned && !waitingAtSource.ContainsKey(i.Ref.Key)).Select(i => i.Ref).ToList();
        var changed = gone.Count > 0 && (await offers.ForgetAsync(gone, now, cancellationToken)).Count > 0;

        if (now - lastReconcile >= ReconcileEvery)
        {
            lastReconcile = now;
            changed |= await ReconcileAsync(snapshot, now, cancellationToken);
        }

        if (changed) snapshot = await offers.SnapshotAsync(cancellationToken);
        if (await WatchSlaAsync(snapshot, now, cancellationToken)) snapshot = await offers.SnapshotAsync(cancellationToken);
        await OfferWaitingAsync(snapshot, now, cancellationToken);
    }

    /// <summary>The cases waiting in the case store's queues and the conversations waiting for an operator, as routing items.</summary>
    private async Task<List<WorkItem>> FindWaitingAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, WorkItem>(StringComparer.Ordinal);
        foreach (var (service, queue) in plan.CaseSources)
        {
            foreach (var waiting in await sources.WaitingCasesAsync(service, queue, MaxPerSource, cancellationToken))
            {
                var item = plan.ItemOf(waiting, now);
                found.TryAdd(item.Ref.Key, item);
            }
        }

        foreach (var conversation in await sources.WaitingConversationsAsync(MaxPerSource, cancellationToken))
        {
            var item = plan.ItemOf(conversation, now);
            found.TryAdd(item.Ref.Key, item);
        }

        return [.. found.Values];
    }

    /// <summary>
    /// Items that ended without anyone telling routing: a held or returned case that is closed now, a held
    /// conversation handed back to the bot or closed. They leave routing and free their holder's capacity.
    /// </summary>
    private async Task<bool> ReconcileAsync(RoutingSnapshot snapshot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var released = false;
        foreach (var item in snapshot.Items.Where(i => i.State == WorkItemState.Assigned || !i.FromSource))
        {
            bool ended;
            if (item.Ref.Kind == WorkItemKind.Case)
            {
                var stored = CaseCode.TryParse(item.Ref.Id, out var code) ? await cases.GetAsync(code, cancellationToken) : null;
                ended = stored is null || !CaseLifecycle.IsOpen(stored.Status);
            }
            else
            {
                if (item.State != WorkItemState.Assigned) continue;
                var state = (await conversations.LoadAsync(item.Ref.Id, null, cancellationToken)).State;
                ended = state.Mode is ConversationMode.Bot or ConversationMode.Closed;
            }

            if (!ended) continue;
            var outcome = await offers.ReleaseAsync(null, item.Ref, now, cancellationToken);
            if (outcome.Status != ReleaseStatus.Released) continue;
            released = true;
            logger.LogInformation("{Item} ended outside routing: released from {Operator}", item.Ref, outcome.PreviousHolder ?? "its queue");
            await console.ChangeAsync(RoutingEventKinds.Released, item.Ref, item.Queue, outcome.PreviousHolder, now);
        }

        return released;
    }

    /// <summary>First-response targets passed: to the supervisors; resolution targets passed: recorded. True when anything moved.</summary>
    private async Task<bool> WatchSlaAsync(RoutingSnapshot snapshot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var moved = false;
        foreach (var item in snapshot.Items)
        {
            var target = plan.SlaFor(item.Service);
            if (!item.Escalated && item.FirstResponseAt is null && item.Queue != RoutingQueues.Supervisor
                && plan.Clock.Evaluate(item.WaitingSince, target.FirstResponse, now, item.PausedWorkingTime, item.PausedSince).Breached)
            {
                var escalation = await offers.EscalateAsync(item.Ref, RoutingQueues.Supervisor, item.Priority, now, cancellationToken);
                if (!escalation.Escalated) continue;
                moved = true;
                logger.LogWarning("{Item} passed its first-response target ({Target}): escalated to the supervisors, recorded against {Operator}",
                    item.Ref, target.FirstResponse, escalation.Holder ?? "nobody (it was waiting)");
                await console.ChangeAsync(RoutingEventKinds.SlaBreached, item.Ref, item.Queue, escalation.Holder, now);
                await console.ChangeAsync(RoutingEventKinds.Escalated, item.Ref, RoutingQueues.Supervisor, escalation.Holder, now);
                continue;
            }

            if (!item.ResolutionBreached && item.Ref.Kind == WorkItemKind.Case
                && plan.Clock.Evaluate(item.WaitingSince, target.Resolution, now, item.PausedWorkingTime, item.PausedSince).Breached)
            {
                var breach = await offers.RecordResolutionBreachAsync(item.Ref, now, cancellationToken);
                if (breach.Escalated) await console.ChangeAsync(RoutingEventKinds.SlaBreached, item.Ref, item.Queue, breach.Holder, now);
            }
        }

        return moved;
    }

    private async Task OfferWaitingAsync(RoutingSnapshot snapshot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var operators = snapshot.Operators.ToDictionary(o => o.UserName, StringComparer.Ordinal);
        foreach (var item in snapshot.Items.Where(i => i.State == WorkItemState.Waiting).Order(WorkItemOrder.Comparer))
        {
            var best = OperatorSelector.SelectBest(operators.Values, item.Queue, u => snapshot.IsCoolingDown(item.Ref, u, now));
            if (best is null) continue;
            var outcome = await offers.OfferAsync(item.Ref, best.UserName, now, plan.Options.AcceptTimeout, cancellationToken);

            // Offered or not (someone changed meanwhile), this operator gets nothing more in this pass.
            operators[best.UserName] = best with { PendingOfferId = outcome.Offer?.OfferId ?? "-" };
            if (outcome.Offer is { } offer)
            {
                logger.LogInformation("Offered {Item} of queue {Queue} to {Operator} until {Deadline:O}", item.Ref, offer.Queue, offer.Operator, offer.Deadline);
                await console.OfferAsync(offer, now);
            }
        }
    }
}
