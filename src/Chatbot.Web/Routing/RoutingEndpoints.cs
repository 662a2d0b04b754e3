using Chatbot.Core.Accounts;
using Chatbot.Core.Routing;
using Chatbot.Desk;
using Chatbot.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chatbot.Web.Routing;

/// <summary>
/// /api/me/presence, /api/queues, /api/offers: the operator's side of routing, with the same authorization and
/// antiforgery as the rest of /api. Accepting an offer and pulling the next item take the conversation over too; when
/// another operator holds it the answer is 409 with the reason and the code "heldByOther" (as take-over answers), and
/// the item waits in its queue again.
/// </summary>
public static class RoutingEndpoints
{
    public sealed record PresenceRequest(string? Presence);

    public sealed record ClaimView(string Status, string? Kind, string? Id, string? Holder);

    public static WebApplication MapRoutingApi(this WebApplication app)
    {
        var api = app.MapGroup(ApiPaths.Root)
            .RequireCapability(Capability.WorkCases)
            .AddEndpointFilter<ApiAntiforgeryFilter>()
            .WithTags("routing");
        api.MapPut("/me/presence", SetPresenceAsync);
        api.MapGet("/me/presence", MyStatusAsync);
        api.MapGet("/queues", QueuesAsync);
        api.MapPost("/queues/{id}/pull", PullAsync);
        api.MapGet("/offers", MyOfferAsync);
        api.MapPost("/offers/{id}/accept", AcceptAsync);
        api.MapPost("/offers/{id}/decline", DeclineAsync);
        api.MapGet("/operators", OperatorsAsync).RequireCapability(Capability.ViewDashboard);
        return app;
    }

    private static RoutingActor ActorOf(HttpContext http)
    {
        var actor = ApiResults.ActorOf(http);
        return new RoutingActor(actor.UserName, actor.Role);
    }

    private static async Task<Results<Ok<OperatorStatus>, BadRequest<string>>> SetPresenceAsync(HttpContext http, RoutingService routing, PresenceRequest request)
    {
        if (!Enum.TryParse<Presence>(request.Presence, true, out var presence) || int.TryParse(request.Presence, out _))
            return TypedResults.BadRequest("presence: Tersedia, Istirahat atau Offline");
        return TypedResults.Ok(await routing.SetPresenceAsync(ActorOf(http), presence, http.RequestAborted));
    }

    private static async Task<Results<Ok<OperatorStatus>, NotFound>> MyStatusAsync(HttpContext http, RoutingService routing) =>
        await routing.MyStatusAsync(ActorOf(http), http.RequestAborted) is { } status ? TypedResults.Ok(status) : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<QueueSummary>>> QueuesAsync(HttpContext http, RoutingService routing) =>
        TypedResults.Ok(await routing.QueueSummariesAsync(ActorOf(http), http.RequestAborted));

    private static async Task<Results<Ok<ClaimView>, ProblemHttpResult, ForbidHttpResult>> PullAsync(HttpContext http, RoutingService routing, string id)
    {
        var actor = ActorOf(http);
        if (!await routing.CanSeeQueueAsync(actor, id, http.RequestAborted)) return TypedResults.Forbid();
        var outcome = await routing.PullNextAsync(actor, http.RequestAborted);
        return outcome.Status == ClaimStatus.HeldByOther ? HeldByOther(outcome) : TypedResults.Ok(View(outcome));
    }

    private static async Task<Results<Ok<RoutingOffer>, NoContent>> MyOfferAsync(HttpContext http, RoutingService routing) =>
        await routing.GetMyOfferAsync(ActorOf(http), http.RequestAborted) is { } offer ? TypedResults.Ok(offer) : TypedResults.NoContent();

    private static async Task<Results<Ok<ClaimView>, ProblemHttpResult>> AcceptAsync(HttpContext http, RoutingService routing, string id)
    {
        var outcome = await routing.AcceptAsync(ActorOf(http), id, http.RequestAborted);
        return outcome.Status == ClaimStatus.HeldByOther ? HeldByOther(outcome) : TypedResults.Ok(View(outcome));
    }

    private static async Task<Results<NoContent, NotFound>> DeclineAsync(HttpContext http, RoutingService routing, string id) =>
        await routing.DeclineAsync(ActorOf(http), id, http.RequestAborted) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<OperatorStatus>>> OperatorsAsync(RoutingService routing, HttpContext http) =>
        TypedResults.Ok(await routing.OperatorsAsync(http.RequestAborted));

    /// <summary>409, as take-over answers when another operator holds the conversation (any other claim outcome is a 200 whose status says why).</summary>
    private static ProblemHttpResult HeldByOther(ClaimOutcome outcome) => ApiResults.Problem(
        OperationOutcome.Conflict,
        outcome.Holder is { } holder
            ? $"Percakapan ini sudah dipegang petugas {holder}; item kembali ke antrean."
            : "Percakapan terus berubah; item kembali ke antrean, coba lagi.",
        "heldByOther");

    private static ClaimView View(ClaimOutcome outcome) =>
        new(outcome.Status.ToString(), outcome.Item?.Kind.ToString(), outcome.Item?.Id, outcome.Holder);
}
