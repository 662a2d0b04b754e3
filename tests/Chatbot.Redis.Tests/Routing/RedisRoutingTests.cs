using Chatbot.Core.Routing;
using Chatbot.Redis.Routing;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests.Routing;

/// <summary>Offers, claims and presence against a real Redis; runs on one redis-server and on a three-master cluster alike.</summary>
public abstract class RedisRoutingTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : RedisRoutingTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : RedisRoutingTests(redis);

    private static readonly DateTimeOffset Now = TestData.Now;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(5);

    private readonly RedisTestScope scope = RedisTestScope.Create(redis);

    public void Dispose() => scope.Dispose();

    private RedisRouting Store => new(scope.Context);

    private RedisRoutingEvents Events => new(scope.Context);

    private static WorkItem Item(string code, string queue = "ktp-el", int priority = 0, DateTimeOffset? since = null) => new()
    {
        Ref = WorkItemRef.ForCase(code),
        Queue = queue,
        Service = "lapor-rekam-ktp",
        Area = "Cibeber",
        Priority = priority,
        WaitingSince = since ?? Now,
        FromSource = true,
    };

    private Task<PresenceChange> OnlineAsync(string user, int capacity = 2, Presence presence = Presence.Tersedia, bool supervisor = false, params string[] skills) =>
        Store.SetPresenceAsync(user, presence, new OperatorProfile(skills.Length == 0 ? ["ktp-el", "petugas"] : skills, capacity), supervisor, null, Now);

    [Fact]
    public async Task An_item_is_offered_only_to_an_operator_who_is_Tersedia_has_the_skill_and_room()
    {
        await Store.SyncWaitingAsync([Item("AAA222"), Item("BBB333", queue: "ikd")], Now);
        await OnlineAsync("sari", presence: Presence.Offline);
        await OnlineAsync("budi", presence: Presence.Istirahat);
        await OnlineAsync("eko", capacity: 1);

        Assert.Equal(OfferStatus.NoOperator, (await Store.OfferAsync(WorkItemRef.ForCase("AAA222"), "nobody", Now, Timeout)).Status);
        Assert.Equal(OfferStatus.Unavailable, (await Store.OfferAsync(WorkItemRef.ForCase("AAA222"), "sari", Now, Timeout)).Status);
        Assert.Equal(OfferStatus.Unavailable, (await Store.OfferAsync(WorkItemRef.ForCase("AAA222"), "budi", Now, Timeout)).Status);
        Assert.Equal(OfferStatus.NoSkill, (await Store.OfferAsync(WorkItemRef.ForCase("BBB333"), "eko", Now, Timeout)).Status);
        Assert.Equal(OfferStatus.Missing, (await Store.OfferAsync(WorkItemRef.ForCase("ZZZ999"), "eko", Now, Timeout)).Status);

        var offered = await Store.OfferAsync(WorkItemRef.ForCase("AAA222"), "eko", Now, Timeout);
        Assert.Equal(OfferStatus.Offered, offered.Status);
        Assert.Equal("ktp-el", offered.Offer!.Queue);
        Assert.Equal(Now + Timeout, offered.Offer.Deadline);

        // Offered once: never to a second operator at the same time, and the first has no room for another offer.
        await OnlineAsync("dewi");
        Assert.Equal(OfferStatus.Taken, (await Store.OfferAsync(WorkItemRef.ForCase("AAA222"), "dewi", Now, Timeout)).Status);
        await Store.SyncWaitingAsync([Item("CCC444")], Now);
        Assert.Equal(OfferStatus.Busy, (await Store.OfferAsync(WorkItemRef.ForCase("CCC444"), "eko", Now, Timeout)).Status);

        // Accepted, eko is at capacity (1): nothing more is offered to eko.
        Assert.Equal(ClaimStatus.Claimed, (await Store.AcceptAsync("eko", offered.Offer.OfferId, Now.AddSeconds(5))).Status);
        Assert.Equal(OfferStatus.Full, (await Store.OfferAsync(WorkItemRef.ForCase("CCC444"), "eko", Now, Timeout)).Status);
        var eko = await Store.GetAsync("eko");
        Assert.Equal(1, eko!.Load);
        Assert.Null(eko.PendingOfferId);
        var item = await Store.GetAsync(WorkItemRef.ForCase("AAA222"));
        Assert.Equal(WorkItemState.Assigned, item!.State);
        Assert.Equal("eko", item.Operator);
    }

    [Fact]
    public async Task An_offer_that_runs_out_goes_back_is_counted_against_the_operator_and_is_not_offered_to_them_again_for_a_while()
    {
        await Store.SyncWaitingAsync([Item("AAA222")], Now);
        await OnlineAsync("sari");
        var offer = (await Store.OfferAsync(WorkItemRef.ForCase("AAA222"), "sari", Now, Timeout)).Offer!;

        Assert.Empty(await Store.ExpireAsync(Now.AddSeconds(59), RetryAfter));
        var expired = Assert.Single(await Store.ExpireAsync(Now.AddSeconds(61), RetryAfter));
        Assert.Equal(("sari", offer.OfferId, "ktp-el"), (expired.Operator, expired.OfferId, expired.Queue));
        Assert.Equal(ClaimStatus.Missing, (await Store.AcceptAsync("sari", offer.OfferId, Now.AddSeconds(62))).Status);

        var item = await Store.GetAsync(WorkItemRef.ForCase("AAA222"));
        Assert.Equal(WorkItemState.Waiting, item!.State);
        Assert.Null((await Store.GetAsync("sari"))!.PendingOfferId);
        Assert.Equal(OfferStatus.CoolingDown, (await Store.OfferAsync(WorkItemRef.ForCase("AAA222"), "sari", Now.AddSeconds(62), Timeout)).Status);
        Assert.Equal(OfferStatus.Offered, (await Store.OfferAsync(WorkItemRef.ForCase("AAA222"), "sari", Now.AddSeconds(61) + RetryAfter + TimeSpan.FromSeconds(1), Timeout)).Status);

        var tally = Assert.Single(await Events.TalliesAsync());
        Assert.Equal(new RoutingTally("sari", 1, 0), tally);
        var recent = await Events.RecentAsync(20);
        var missed = Assert.Single(recent, e => e.Kind == RoutingEventKinds.OfferExpired);
        Assert.Equal(("sari", WorkItemRef.ForCase("AAA222")), (missed.Operator, missed.Item));
    }

    [Fact]
    public async Task An_offer_accepted_after_its_deadline_is_refused()
    {
        await Store.SyncWaitingAsync([Item("AAA222")], Now);
        await OnlineAsync("sari");
        var offer = (await Store.OfferAsync(WorkItemRef.ForCase("AAA222"), "sari", Now, Timeout)).Offer!;
        Assert.Equal(ClaimStatus.Expired, (await Store.AcceptAsync("sari", offer.OfferId, Now + Timeout)).Status);
    }

    [Fact]
    public async Task Declining_puts_the_item_back_without_counting_it_as_missed()
    {
        await Store.SyncWaitingAsync([Item("AAA222")], Now);
        await OnlineAsync("sari");
        var offer = (await Store.OfferAsync(WorkItemRef.ForCase("AAA222"), "sari", Now, Timeout)).Offer!;
        Assert.False(await Store.DeclineAsync("budi", offer.OfferId, Now, RetryAfter));
        Assert.True(await Store.DeclineAsync("sari", offer.OfferId, Now, RetryAfter));
        Assert.Equal(WorkItemState.Waiting, (await Store.GetAsync(WorkItemRef.ForCase("AAA222")))!.State);
        Assert.Equal(OfferStatus.CoolingDown, (await Store.OfferAsync(WorkItemRef.ForCase("AAA222"), "sari", Now, Timeout)).Status);
        Assert.Empty(await Events.TalliesAsync());
    }

    [Fact]
    public async Task Unassigning_puts_a_held_item_back_as_it_was_and_frees_the_operator()
    {
        await Store.SyncWaitingAsync([Item("AAA222", priority: 3)], Now);
        await OnlineAsync("sari");
        var offer = (await Store.OfferAsync(WorkItemRef.ForCase("AAA222"), "sari", Now, Timeout)).Offer!;
        Assert.False(await Store.UnassignAsync("sari", offer.Item, Now, RetryAfter)); // offered, not held yet
        Assert.True((await Store.AcceptAsync("sari", offer.OfferId, Now)).Succeeded);
        Assert.False(await Store.UnassignAsync("budi", offer.Item, Now, RetryAfter));

        Assert.True(await Store.UnassignAsync("sari", offer.Item, Now, RetryAfter));

        var item = (await Store.GetAsync(offer.Item))!;
        Assert.Equal((WorkItemState.Waiting, null, "ktp-el", 3, false, true), (item.State, item.Operator, item.Queue, item.Priority, item.Returned, item.FromSource));
        Assert.Equal(0, (await Store.GetAsync("sari"))!.Load);
        Assert.Equal(OfferStatus.CoolingDown, (await Store.OfferAsync(offer.Item, "sari", Now, Timeout)).Status);
        Assert.Contains(await Events.RecentAsync(10), e => e.Kind == RoutingEventKinds.TakeOverRefused && e.Operator == "sari");
        Assert.Empty(await Events.TalliesAsync());
    }

    [Fact]
    public async Task Going_on_a_break_takes_a_pending_offer_back()
    {
        await Store.SyncWaitingAsync([Item("AAA222")], Now);
        await OnlineAsync("sari");
        var offer = (await Store.OfferAsync(WorkItemRef.ForCase("AAA222"), "sari", Now, Timeout)).Offer!;

        var change = await Store.SetPresenceAsync("sari", Presence.Istirahat, new OperatorProfile(["ktp-el"], 2), false, "Sari", Now.AddSeconds(3));
        Assert.Equal(WorkItemRef.ForCase("AAA222"), change.WithdrawnOffer);
        Assert.Equal(Presence.Istirahat, change.Status.Presence);
        Assert.Equal(ClaimStatus.Missing, (await Store.AcceptAsync("sari", offer.OfferId, Now.AddSeconds(4))).Status);
        Assert.Equal(WorkItemState.Waiting, (await Store.GetAsync(WorkItemRef.ForCase("AAA222")))!.State);
        Assert.Null(await Store.OfferOfAsync("sari"));
    }

    [Fact]
    public async Task Pull_next_takes_the_highest_priority_then_the_oldest_of_the_operators_queues()
    {
        await Store.SyncWaitingAsync(
        [
            Item("OLD222", since: Now.AddHours(-3)),
            Item("NEW333", since: Now.AddHours(-1)),
            Item("VIP444", priority: 20, since: Now),
            Item("IKD555", queue: "ikd", priority: 50, since: Now.AddHours(-9)),
        ], Now);
        await OnlineAsync("sari", capacity: 3);

        Assert.Equal(WorkItemRef.ForCase("VIP444"), (await Store.ClaimAsync("sari", null, Now)).Item);
        Assert.Equal(WorkItemRef.ForCase("OLD222"), (await Store.ClaimAsync("sari", null, Now)).Item);
        Assert.Equal(WorkItemRef.ForCase("NEW333"), (await Store.ClaimAsync("sari", null, Now)).Item);
        Assert.Equal(ClaimStatus.Full, (await Store.ClaimAsync("sari", null, Now)).Status);
        Assert.Equal(3, (await Store.GetAsync("sari"))!.Load);

        await OnlineAsync("eko", capacity: 3);
        Assert.Equal(ClaimStatus.Empty, (await Store.ClaimAsync("eko", null, Now)).Status);
    }

    [Fact]
    public async Task Two_operators_accepting_or_claiming_the_same_item_at_once_exactly_one_wins()
    {
        const int contenders = 12;
        var users = Enumerable.Range(0, contenders).Select(i => $"op{i}").ToList();
        foreach (var user in users) await OnlineAsync(user);

        for (var round = 0; round < 5; round++)
        {
            var code = $"RND{round}22";
            await Store.SyncWaitingAsync([Item(code)], Now);

            // Offering the same item to everyone at once: one offer stands.
            var offers = await Task.WhenAll(users.Select(u => Task.Run(() => Store.OfferAsync(WorkItemRef.ForCase(code), u, Now, Timeout))));
            var offered = Assert.Single(offers, o => o.Status == OfferStatus.Offered);
            Assert.All(offers.Where(o => o != offered), o => Assert.Equal(OfferStatus.Taken, o.Status));

            // Everyone claims it while it is on offer and its operator accepts: exactly one holds it.
            var holder = offered.Offer!.Operator;
            var attempts = users.Select(u => Task.Run(() => u == holder
                ? Store.AcceptAsync(u, offered.Offer.OfferId, Now)
                : Store.ClaimAsync(u, WorkItemRef.ForCase(code), Now)));
            var results = await Task.WhenAll(attempts);
            Assert.Single(results, r => r.Succeeded);
            Assert.Equal(holder, (await Store.GetAsync(WorkItemRef.ForCase(code)))!.Operator);
            await Store.ReleaseAsync(holder, WorkItemRef.ForCase(code), Now);
        }

        // Pulling one waiting item from many operators at once.
        await Store.SyncWaitingAsync([Item("PUL222")], Now);
        var pulls = await Task.WhenAll(users.Select(u => Task.Run(() => Store.ClaimAsync(u, null, Now))));
        Assert.Single(pulls, p => p.Succeeded);
        Assert.Equal(contenders - 1, pulls.Count(p => p.Status == ClaimStatus.Empty));
        Assert.Equal(1, (await Store.ListAsync()).Sum(o => o.Load));
    }

    [Fact]
    public async Task Release_frees_capacity_and_requeue_brings_the_item_back_marked_returned()
    {
        await Store.SyncWaitingAsync([Item("AAA222"), Item("BBB333")], Now);
        await OnlineAsync("sari", capacity: 1);
        await OnlineAsync("budi", capacity: 1);
        await Store.ClaimAsync("sari", WorkItemRef.ForCase("AAA222"), Now);

        Assert.Equal(ReleaseStatus.NotYours, (await Store.ReleaseAsync("budi", WorkItemRef.ForCase("AAA222"), Now)).Status);
        var requeued = await Store.RequeueAsync("sari", (await Store.GetAsync(WorkItemRef.ForCase("AAA222")))!, "ktp-el", 10, Now.AddMinutes(1));
        Assert.Equal(new ReleaseOutcome(ReleaseStatus.Released, "sari"), requeued);
        var item = (await Store.GetAsync(WorkItemRef.ForCase("AAA222")))!;
        Assert.True(item.Returned);
        Assert.Equal((WorkItemState.Waiting, 10), (item.State, item.Priority));
        Assert.Equal(0, (await Store.GetAsync("sari"))!.Load);

        // Returned with a higher priority: pulled before the older one.
        Assert.Equal(WorkItemRef.ForCase("AAA222"), (await Store.ClaimAsync("budi", null, Now)).Item);
        Assert.Equal(new ReleaseOutcome(ReleaseStatus.Released, "budi"), await Store.ReleaseAsync(null, WorkItemRef.ForCase("AAA222"), Now));
        Assert.Null(await Store.GetAsync(WorkItemRef.ForCase("AAA222")));
        Assert.Equal(ReleaseStatus.Missing, (await Store.ReleaseAsync(null, WorkItemRef.ForCase("AAA222"), Now)).Status);
        Assert.Equal(0, (await Store.GetAsync("budi"))!.Load);
    }

    [Fact]
    public async Task Escalation_takes_the_item_from_its_holder_records_the_breach_and_queues_it_for_supervisors_once()
    {
        await Store.SyncWaitingAsync([Item("AAA222")], Now);
        await OnlineAsync("sari");
        await OnlineAsync("lurah", supervisor: true, skills: ["umum"]);
        await Store.ClaimAsync("sari", WorkItemRef.ForCase("AAA222"), Now);

        var escalation = await Store.EscalateAsync(WorkItemRef.ForCase("AAA222"), RoutingQueues.Supervisor, 0, Now.AddHours(3));
        Assert.Equal(new EscalationOutcome(true, "sari"), escalation);
        Assert.False((await Store.EscalateAsync(WorkItemRef.ForCase("AAA222"), RoutingQueues.Supervisor, 0, Now.AddHours(4))).Escalated);

        var item = (await Store.GetAsync(WorkItemRef.ForCase("AAA222")))!;
        Assert.Equal((RoutingQueues.Supervisor, WorkItemState.Waiting, true), (item.Queue, item.State, item.Escalated));
        Assert.Equal(0, (await Store.GetAsync("sari"))!.Load);
        Assert.Equal(OfferStatus.NoSkill, (await Store.OfferAsync(item.Ref, "sari", Now.AddHours(3), Timeout)).Status);
        Assert.Equal(OfferStatus.Offered, (await Store.OfferAsync(item.Ref, "lurah", Now.AddHours(3), Timeout)).Status);
        Assert.Contains(RoutingQueues.Supervisor, (await Store.GetAsync("lurah"))!.Skills);

        Assert.Equal(new RoutingTally("sari", 0, 1), Assert.Single(await Events.TalliesAsync()));
        var breach = Assert.Single(await Events.RecentAsync(50), e => e.Kind == RoutingEventKinds.SlaBreached);
        Assert.Equal(("sari", RoutingEventKinds.FirstResponse), (breach.Operator, breach.Detail));
    }

    [Fact]
    public async Task Sync_adds_new_items_once_and_forget_drops_only_unheld_items_found_at_a_source()
    {
        Assert.Equal([WorkItemRef.ForCase("AAA222"), WorkItemRef.ForCase("BBB333")], await Store.SyncWaitingAsync([Item("AAA222"), Item("BBB333")], Now));
        Assert.Empty(await Store.SyncWaitingAsync([Item("AAA222"), Item("BBB333", priority: 5)], Now));
        Assert.Equal(5, (await Store.GetAsync(WorkItemRef.ForCase("BBB333")))!.Priority);

        await OnlineAsync("sari");
        await Store.ClaimAsync("sari", WorkItemRef.ForCase("AAA222"), Now);
        Assert.Equal([WorkItemRef.ForCase("BBB333")], await Store.ForgetAsync([WorkItemRef.ForCase("AAA222"), WorkItemRef.ForCase("BBB333")], Now));
        Assert.NotNull(await Store.GetAsync(WorkItemRef.ForCase("AAA222")));
        Assert.Null(await Store.GetAsync(WorkItemRef.ForCase("BBB333")));
        Assert.Single((await Store.SnapshotAsync()).Items);
    }

    [Fact]
    public async Task SLA_marks_first_response_and_pauses()
    {
        var item = WorkItemRef.ForConversation("+6281234567890");
        await Store.SyncWaitingAsync([Item("AAA222") with { Ref = item, Service = RoutingQueues.HandoffService, Queue = "petugas" }], Now);

        Assert.True(await Store.MarkRespondedAsync(item, Now.AddMinutes(5)));
        Assert.True(await Store.MarkRespondedAsync(item, Now.AddMinutes(9)));
        Assert.True(await Store.PauseAsync(item, Now.AddMinutes(10)));
        Assert.True(await Store.PauseAsync(item, Now.AddMinutes(11)));
        var paused = (await Store.GetAsync(item))!;
        Assert.Equal((Now.AddMinutes(5), Now.AddMinutes(10)), (paused.FirstResponseAt, paused.PausedSince));

        Assert.False(await Store.ResumeAsync(item, Now.AddMinutes(11), TimeSpan.FromMinutes(1)));
        Assert.True(await Store.ResumeAsync(item, Now.AddMinutes(10), TimeSpan.FromMinutes(20)));
        var resumed = (await Store.GetAsync(item))!;
        Assert.Null(resumed.PausedSince);
        Assert.Equal(TimeSpan.FromMinutes(20), resumed.PausedWorkingTime);
        Assert.False(await Store.MarkRespondedAsync(WorkItemRef.ForCase("NOPE22"), Now));
        Assert.Equal("conv:+62812*****890", item.ToString());
    }
}
