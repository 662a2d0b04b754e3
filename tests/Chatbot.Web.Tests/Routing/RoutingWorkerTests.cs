using Chatbot.Core.Ports;
using Chatbot.Core.Routing;
using Chatbot.Testing;
using Chatbot.Web.Routing;

namespace Chatbot.Web.Tests.Routing;

/// <summary>Routing in the real host against a real Redis: the worker, the engine and the service together.</summary>
[Collection(WebCollection.Name)]
public sealed class RoutingWorkerTests(RedisServerFixture redis)
{
    private const string YoungNik = "3672011508900001";
    private const string ElderlyNik = "3672015508500001";

    [Fact]
    public async Task Nothing_is_offered_to_an_offline_operator_and_waiting_cases_go_out_when_one_comes_online()
    {
        await using var host = RoutingHost.Start(redis, worker: true);
        var published = new List<ConsoleEvent>();
        await using var subscription = await host.Factory.Get<IConsoleEvents>().SubscribeAsync(e =>
        {
            lock (published) published.Add(e);
            return Task.CompletedTask;
        });

        await host.Routing.SetPresenceAsync(RoutingHost.Operator("sari"), Presence.Offline);
        await host.Routing.SetPresenceAsync(RoutingHost.Operator("budi"), Presence.Istirahat);
        var waiting = await host.OpenCaseAsync(YoungNik);

        await Eventually.SucceedsAsync(async () => (await host.Routing.QueueSummariesAsync(RoutingHost.Supervisor("lurah"))).Any(q => q.Id == "ktp-el" && q.Waiting == 1), what: "the case in routing");
        await Task.Delay(500); // several passes
        Assert.Null(await host.OfferOfAsync("sari"));
        Assert.Null(await host.OfferOfAsync("budi"));

        await host.Routing.SetPresenceAsync(RoutingHost.Operator("sari"), Presence.Tersedia);
        var offer = await host.EventuallyOfferedAsync("sari");
        Assert.Equal(RoutingHost.RefOf(waiting), offer.Item);
        Assert.Equal(RoutingHost.Monday.AddSeconds(60), offer.Deadline);

        await Eventually.SucceedsAsync(() =>
        {
            lock (published) return Task.FromResult(published.Any(e => e.Type == ConsoleEventTypes.Offer && e.ForUser == "sari" && e.CaseCode == waiting.Code.ToString()));
        }, what: "the offer event for the console");

        var accepted = await host.Routing.AcceptAsync(RoutingHost.Operator("sari"), offer.OfferId);
        Assert.True(accepted.Succeeded);
        Assert.Equal(1, (await host.Routing.OperatorsAsync()).Single(o => o.UserName == "sari").Load);
    }

    [Fact]
    public async Task An_unanswered_offer_goes_to_the_next_operator_and_is_recorded_against_the_first()
    {
        await using var host = RoutingHost.Start(redis, worker: true);
        await host.Routing.SetPresenceAsync(RoutingHost.Operator("sari"), Presence.Tersedia);
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        await host.Routing.SetPresenceAsync(RoutingHost.Operator("budi"), Presence.Tersedia);
        var waiting = await host.OpenCaseAsync(YoungNik);

        // Both idle with nothing held: the longest idle (sari) first.
        var first = await host.EventuallyOfferedAsync("sari");
        Assert.Null(await host.OfferOfAsync("budi"));

        host.Clock.Advance(TimeSpan.FromSeconds(61));
        var second = await host.EventuallyOfferedAsync("budi");
        Assert.Equal(first.Item, second.Item);
        Assert.Null(await host.OfferOfAsync("sari"));
        Assert.Equal(ClaimStatus.Missing, (await host.Routing.AcceptAsync(RoutingHost.Operator("sari"), first.OfferId)).Status);

        var tallies = await host.Routing.TalliesAsync();
        Assert.Equal(new RoutingTally("sari", 1, 0), Assert.Single(tallies));
        Assert.Contains(await host.Routing.EventsAsync(), e => e.Kind == RoutingEventKinds.OfferExpired && e.Operator == "sari" && e.Item == RoutingHost.RefOf(waiting));

        // budi lets it expire too: neither gets it again for a while, it waits.
        host.Clock.Advance(TimeSpan.FromSeconds(61));
        await Eventually.SucceedsAsync(async () => (await host.Routing.TalliesAsync()).Count == 2, what: "budi's expiry");
        await Task.Delay(500);
        Assert.Null(await host.OfferOfAsync("sari"));
        Assert.Null(await host.OfferOfAsync("budi"));
    }

    [Fact]
    public async Task A_case_whose_first_response_target_passes_goes_to_the_supervisors_and_the_breach_is_recorded()
    {
        await using var host = RoutingHost.Start(redis, worker: true, new Dictionary<string, string?>
        {
            ["Routing:Sla:lapor-rekam-ktp:FirstResponseMinutes"] = "30",
        });
        await host.Routing.SetPresenceAsync(RoutingHost.Operator("sari"), Presence.Tersedia);
        var waiting = await host.OpenCaseAsync(YoungNik);
        var offer = await host.EventuallyOfferedAsync("sari");
        Assert.True((await host.Routing.AcceptAsync(RoutingHost.Operator("sari"), offer.OfferId)).Succeeded);

        host.Clock.Advance(TimeSpan.FromMinutes(31));
        await Eventually.SucceedsAsync(async () => (await host.Routing.TalliesAsync()).Any(t => t is { UserName: "sari", SlaBreaches: 1 }), what: "the breach against sari");
        Assert.Equal(0, (await host.Routing.OperatorsAsync()).Single(o => o.UserName == "sari").Load);
        var supervisorQueue = (await host.Routing.QueueSummariesAsync(RoutingHost.Supervisor("lurah"))).Single(q => q.Id == RoutingQueues.Supervisor);
        Assert.Equal(1, supervisorQueue.Waiting);
        Assert.DoesNotContain(await host.Routing.QueueSummariesAsync(RoutingHost.Operator("sari")), q => q.Id == RoutingQueues.Supervisor);

        // Offered again, to a supervisor.
        await host.Routing.SetPresenceAsync(RoutingHost.Supervisor("lurah"), Presence.Tersedia);
        var escalated = await host.EventuallyOfferedAsync("lurah");
        Assert.Equal((RoutingHost.RefOf(waiting), RoutingQueues.Supervisor), (escalated.Item, escalated.Queue));
        Assert.Null(await host.OfferOfAsync("sari"));
    }

    [Fact]
    public async Task Capacity_is_respected()
    {
        await using var host = RoutingHost.Start(redis, worker: false, new Dictionary<string, string?> { ["Routing:Operators:sari:Capacity"] = "1" });
        await host.OpenCaseAsync(YoungNik, minutesAgo: 10);
        await host.OpenCaseAsync("3672011508910002", minutesAgo: 5);
        await host.Routing.SetPresenceAsync(RoutingHost.Operator("sari"), Presence.Tersedia);

        await host.Engine.RunPassAsync(default);
        var offer = (await host.OfferOfAsync("sari"))!;
        Assert.True((await host.Routing.AcceptAsync(RoutingHost.Operator("sari"), offer.OfferId)).Succeeded);

        await host.Engine.RunPassAsync(default);
        Assert.Null(await host.OfferOfAsync("sari"));
        Assert.Equal(ClaimStatus.Full, (await host.Routing.PullNextAsync(RoutingHost.Operator("sari"))).Status);

        await host.Routing.SetPresenceAsync(RoutingHost.Operator("budi"), Presence.Tersedia);
        await host.Engine.RunPassAsync(default);
        Assert.NotNull(await host.OfferOfAsync("budi"));

        // sari's case is done: room again.
        Assert.Equal(ReleaseStatus.NotYours, (await host.Routing.ReleaseAsync(RoutingHost.Operator("budi"), offer.Item)).Status);
        Assert.Equal(ReleaseStatus.Released, (await host.Routing.ReleaseAsync(RoutingHost.Operator("sari"), offer.Item)).Status);
        Assert.Equal(0, (await host.Routing.OperatorsAsync()).Single(o => o.UserName == "sari").Load);
    }

    [Fact]
    public async Task Pull_next_takes_the_elderly_citizens_case_before_an_older_one()
    {
        await using var host = RoutingHost.Start(redis, worker: false);
        var older = await host.OpenCaseAsync(YoungNik, minutesAgo: 60);
        var elderly = await host.OpenCaseAsync(ElderlyNik, minutesAgo: 1);
        await host.Engine.RunPassAsync(default); // brings them in; nobody is online

        await host.Routing.SetPresenceAsync(RoutingHost.Operator("sari"), Presence.Tersedia);
        var first = await host.Routing.PullNextAsync(RoutingHost.Operator("sari"));
        var second = await host.Routing.PullNextAsync(RoutingHost.Operator("sari"));
        Assert.Equal((RoutingHost.RefOf(elderly), RoutingHost.RefOf(older)), (first.Item, second.Item));
        Assert.Equal(ClaimStatus.Empty, (await host.Routing.PullNextAsync(RoutingHost.Operator("sari"))).Status);
    }

    [Fact]
    public async Task Operators_claiming_one_case_at_the_same_moment_exactly_one_wins()
    {
        await using var host = RoutingHost.Start(redis, worker: false);
        var waiting = await host.OpenCaseAsync(YoungNik);
        await host.Engine.RunPassAsync(default);
        var operators = Enumerable.Range(0, 8).Select(i => RoutingHost.Operator($"op{i}")).ToList();
        foreach (var op in operators) await host.Routing.SetPresenceAsync(op, Presence.Tersedia);

        var results = await Task.WhenAll(operators.Select(op => Task.Run(() => host.Routing.ClaimAsync(op, RoutingHost.RefOf(waiting)))));
        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(ClaimStatus.Taken, r.Status));
        Assert.Equal(1, (await host.Routing.OperatorsAsync()).Sum(o => o.Load));
    }

    [Fact]
    public async Task A_conversation_waiting_for_an_operator_is_routed_too()
    {
        await using var host = RoutingHost.Start(redis, worker: false);
        await host.Factory.Get<IHandoffQueue>().EnqueueAsync("+6281234567890", host.Clock.GetUtcNow());
        await host.Routing.SetPresenceAsync(RoutingHost.Operator("sari"), Presence.Tersedia);
        await host.Engine.RunPassAsync(default);

        var offer = (await host.OfferOfAsync("sari"))!;
        Assert.Equal((WorkItemRef.ForConversation("+6281234567890"), RoutingQueues.HandoffService), (offer.Item, offer.Queue));

        // Left the handoff queue before anyone took it: withdrawn.
        await host.Factory.Get<IHandoffQueue>().RemoveAsync("+6281234567890");
        await host.Engine.RunPassAsync(default);
        Assert.Null(await host.OfferOfAsync("sari"));
    }
}
