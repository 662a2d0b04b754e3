using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chatbot.Core.Accounts;
using Chatbot.Core.Conversations;
using Chatbot.Core.Ports;
using Chatbot.Core.Routing;
using Chatbot.Desk;
using Chatbot.Desk.Conversations;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;
using Chatbot.Testing;
using Chatbot.Web.Tests.Api;

namespace Chatbot.Web.Tests.Routing;

/// <summary>
/// Accepting an offer, pulling the next item and claiming one take the conversation over for the operator, as "take over"
/// does, with its guard: the real host, its inbox worker and a real Redis.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class RoutingTakeOverTests(RedisServerFixture redis)
{
    private static readonly Dictionary<string, string?> WithWorkers = new()
    {
        ["Workers:Enabled"] = "true",
        ["Simulator:Enabled"] = "true",
        ["Routing:DefaultCapacity"] = "20",
    };

    [Fact]
    public async Task Accepting_an_offer_takes_the_conversation_over_and_the_bot_no_longer_answers_the_citizen()
    {
        await using var host = RoutingHost.Start(redis, worker: false, WithWorkers);
        var phone = await QueuedConversationAsync(host);
        await host.Routing.SetPresenceAsync(RoutingHost.Operator("sari"), Presence.Tersedia);
        await host.Engine.RunPassAsync(default);
        var offer = (await host.OfferOfAsync("sari"))!;
        Assert.Equal(WorkItemRef.ForConversation(phone), offer.Item);

        var accepted = await host.Routing.AcceptAsync(RoutingHost.Operator("sari"), offer.OfferId);

        Assert.Equal(ClaimStatus.Claimed, accepted.Status);
        await AssertHeldAsync(host, phone, "sari", "terima tawaran");
        Assert.Null(await host.Factory.Get<IHandoffQueue>().PositionAsync(phone));
        Assert.Equal(WorkItemState.Assigned, (await host.Factory.Get<IOfferStore>().GetAsync(offer.Item))!.State);
        await AssertBotSilentAsync(host, phone);
    }

    [Fact]
    public async Task Pull_next_takes_over_the_conversation_of_a_case_whose_citizen_still_chats_with_the_bot()
    {
        await using var host = RoutingHost.Start(redis, worker: false, WithWorkers);
        var phone = ApiTestData.Phone();
        await ApiTestData.SeedConversationAsync(host.Factory, phone, host.Clock.GetUtcNow(), ConversationMode.Bot);
        var filed = await host.OpenCaseAsync(ApiTestData.Nik, phone: phone);
        await host.Engine.RunPassAsync(default);
        await host.Routing.SetPresenceAsync(RoutingHost.Operator("sari"), Presence.Tersedia);

        var pulled = await host.Routing.PullNextAsync(RoutingHost.Operator("sari"));

        Assert.Equal((ClaimStatus.Claimed, (WorkItemRef?)RoutingHost.RefOf(filed)), (pulled.Status, pulled.Item));
        await AssertHeldAsync(host, phone, "sari", "ambil berikutnya");
        await AssertBotSilentAsync(host, phone);
    }

    [Fact]
    public async Task Of_an_operator_accepting_and_another_taking_over_at_the_same_moment_exactly_one_holds_the_conversation()
    {
        await using var host = RoutingHost.Start(redis, worker: false, new Dictionary<string, string?> { ["Routing:DefaultCapacity"] = "20" });
        await host.Routing.SetPresenceAsync(RoutingHost.Operator("sari"), Presence.Tersedia);
        var actions = host.Factory.Get<ConversationActions>();
        var budi = new Actor("budi", OperatorRole.Operator);

        for (var round = 0; round < 8; round++)
        {
            var phone = await QueuedConversationAsync(host);
            await host.Engine.RunPassAsync(default);
            var offer = (await host.OfferOfAsync("sari"))!;
            Assert.Equal(WorkItemRef.ForConversation(phone), offer.Item);

            var accept = Task.Run(() => host.Routing.AcceptAsync(RoutingHost.Operator("sari"), offer.OfferId));
            var takeOver = Task.Run(() => actions.TakeOverAsync(budi, phone));
            var (accepted, tookOver) = (await accept, await takeOver);

            var state = (await host.Factory.Get<IConversationStore>().LoadAsync(phone, null)).State;
            Assert.Equal(ConversationMode.WithOperator, state.Mode);
            Assert.True(accepted.Succeeded != tookOver.Succeeded, $"round {round}: accept {accepted.Status}, take-over {tookOver.Outcome}");
            var item = await host.Factory.Get<IOfferStore>().GetAsync(offer.Item);
            if (accepted.Succeeded)
            {
                Assert.Equal("sari", state.Operator);
                Assert.Equal(("heldByOther", OperationOutcome.Conflict), (tookOver.Code, tookOver.Outcome));
                Assert.Equal((WorkItemState.Assigned, "sari"), (item!.State, item.Operator));
            }
            else
            {
                Assert.Equal("budi", state.Operator);
                Assert.Equal((ClaimStatus.HeldByOther, "budi"), (accepted.Status, accepted.Holder));
                Assert.NotEqual(WorkItemState.Assigned, item?.State);
            }

            var held = (await host.Factory.Get<IOfferStore>().SnapshotAsync()).Items.Count(i => i.State == WorkItemState.Assigned && i.Operator == "sari");
            Assert.Equal(held, (await host.Routing.OperatorsAsync()).Single(o => o.UserName == "sari").Load);
        }
    }

    [Fact]
    public async Task Accepting_a_case_whose_conversation_another_operator_holds_is_refused_and_the_case_waits_again()
    {
        await using var host = RoutingHost.Start(redis, worker: false);
        var phone = ApiTestData.Phone();
        await ApiTestData.SeedConversationAsync(host.Factory, phone, host.Clock.GetUtcNow(), ConversationMode.WithOperator, "budi");
        var filed = await host.OpenCaseAsync(ApiTestData.Nik, phone: phone);
        await host.Routing.SetPresenceAsync(RoutingHost.Operator("sari"), Presence.Tersedia);
        await host.Engine.RunPassAsync(default);
        var offer = (await host.OfferOfAsync("sari"))!;
        Assert.Equal(RoutingHost.RefOf(filed), offer.Item);
        var before = await host.Factory.Get<IConversationStore>().GetTranscriptAsync(phone, 50);

        var accepted = await host.Routing.AcceptAsync(RoutingHost.Operator("sari"), offer.OfferId);

        Assert.Equal((ClaimStatus.HeldByOther, "budi"), (accepted.Status, accepted.Holder));
        var state = (await host.Factory.Get<IConversationStore>().LoadAsync(phone, null)).State;
        Assert.Equal((ConversationMode.WithOperator, "budi"), (state.Mode, state.Operator));
        Assert.Equal(before.Count, (await host.Factory.Get<IConversationStore>().GetTranscriptAsync(phone, 50)).Count);

        // Nothing lost: the case waits in its queue again, sari holds nothing and is not offered it again at once.
        var item = (await host.Factory.Get<IOfferStore>().GetAsync(offer.Item))!;
        Assert.Equal((WorkItemState.Waiting, "ktp-el", false), (item.State, item.Queue, item.Returned));
        Assert.Equal(0, (await host.Routing.OperatorsAsync()).Single(o => o.UserName == "sari").Load);
        Assert.Contains(await host.Routing.EventsAsync(), e => e.Kind == RoutingEventKinds.TakeOverRefused && e.Operator == "sari" && e.Item == offer.Item);
        await host.Routing.SetPresenceAsync(RoutingHost.Operator("eko"), Presence.Tersedia);
        await host.Engine.RunPassAsync(default);
        Assert.Null(await host.OfferOfAsync("sari"));
        Assert.Equal(offer.Item, (await host.OfferOfAsync("eko"))?.Item);
    }

    [Fact]
    public async Task Through_the_api_a_refused_accept_answers_409_with_the_reason_and_a_taken_one_opens_the_conversation()
    {
        await using var host = RoutingHost.Start(redis, worker: false);
        var held = ApiTestData.Phone();
        await ApiTestData.SeedConversationAsync(host.Factory, held, host.Clock.GetUtcNow(), ConversationMode.WithOperator, "budi");
        await host.OpenCaseAsync(ApiTestData.Nik, minutesAgo: 10, phone: held);
        using var sari = await ApiClient.SignInAsync(host.Factory, "sari");
        await host.Routing.SetPresenceAsync(RoutingHost.Operator("sari"), Presence.Tersedia);

        await host.Engine.RunPassAsync(default);
        var refused = (await host.OfferOfAsync("sari"))!;
        using var conflict = await sari.PostAsync($"/api/offers/{refused.OfferId}/accept");
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var problem = await conflict.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("heldByOther", problem.GetProperty("code").GetString());
        Assert.Contains("budi", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var phone = await QueuedConversationAsync(host);
        await host.Engine.RunPassAsync(default);
        var offer = (await host.OfferOfAsync("sari"))!;
        Assert.Equal(WorkItemRef.ForConversation(phone), offer.Item);
        using var ok = await sari.PostAsync($"/api/offers/{offer.OfferId}/accept");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var view = await sari.GetJsonAsync("/api/conversations/" + Uri.EscapeDataString(phone));
        Assert.Equal(("WithOperator", "sari"), (view.GetProperty("mode").GetString(), view.GetProperty("operator").GetString()));
    }

    /// <summary>A citizen who asked for an operator a minute ago (inside the 24-hour window): mode Queued, in the handoff queue.</summary>
    private static async Task<string> QueuedConversationAsync(RoutingHost host)
    {
        var phone = ApiTestData.Phone();
        await ApiTestData.SeedConversationAsync(host.Factory, phone, host.Clock.GetUtcNow().AddMinutes(-1), ConversationMode.Queued);
        await host.Factory.Get<IHandoffQueue>().EnqueueAsync(phone, host.Clock.GetUtcNow().AddMinutes(-1));
        return phone;
    }

    /// <summary>Held by <paramref name="user"/> as a take-over leaves it: WithOperator, the citizen told, audited.</summary>
    private static async Task AssertHeldAsync(RoutingHost host, string phone, string user, string how)
    {
        var store = host.Factory.Get<IConversationStore>();
        var state = (await store.LoadAsync(phone, null)).State;
        Assert.Equal((ConversationMode.WithOperator, user), (state.Mode, state.Operator));
        var told = host.Factory.Get<DialogCatalog>().Text(state.Language, TextKeys.HandoffWithOperator);
        Assert.Equal(told, (await store.GetTranscriptAsync(phone, 50))[^1].Text);
        // The audit stream's ids are Redis's own time, not the test's clock: read all of it.
        var audit = await host.Factory.Get<IAuditLog>().ReadAsync(DateTimeOffset.UnixEpoch, DateTimeOffset.UtcNow.AddDays(1), 1000);
        Assert.Contains(audit, e => e.Action == AuditActions.TakeOver && e.Actor == user && e.Detail == how);
    }

    /// <summary>A message from the citizen reaches the transcript and the bot does not answer it.</summary>
    private static async Task AssertBotSilentAsync(RoutingHost host, string phone)
    {
        using var client = host.Factory.CreateClient();
        using (var response = await client.SendAsync(SignedRequests.Inbound(SignedRequests.Citizen(phone, "halo, masih di sana?"))))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var store = host.Factory.Get<IConversationStore>();
        await Eventually.SucceedsAsync(async () => (await store.GetTranscriptAsync(phone, 50)).Any(l => l.Text == "halo, masih di sana?"), TimeSpan.FromSeconds(20), "the citizen's message");
        await Task.Delay(500);
        var transcript = (await store.GetTranscriptAsync(phone, 50)).ToList();
        var citizen = transcript.FindIndex(l => l.Text == "halo, masih di sana?");
        Assert.Equal(Speaker.Citizen, transcript[citizen].Speaker);
        Assert.DoesNotContain(transcript.Skip(citizen), l => l.Speaker == Speaker.Bot);
    }
}
