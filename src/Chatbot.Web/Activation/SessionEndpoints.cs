using Chatbot.Core.Ports;
using Chatbot.Desk;
using Chatbot.Desk.Activation;
using Chatbot.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chatbot.Web.Activation;

/// <summary>
/// /api/ikd/sessions: the list (everyone signed in; a coordinator sees the sessions open to all and their own
/// institution's), one session, and the supervisor's create, edit, cancel and remind through <see cref="ActivationDesk"/>.
/// </summary>
internal static class SessionEndpoints
{
    public const int DefaultDaysAhead = 30;
    public const int MaxReasonLength = 300;

    public static async Task<Results<Ok<IReadOnlyList<SessionView>>, ValidationProblem>> ListAsync(
        HttpContext http, IActivationSessions sessions, ActivationViewSource views, CoordinatorScope scope, OfficeTime time, string? from, string? to)
    {
        var errors = new FieldErrors();
        var range = OfficeDateRange.Parse(from, to, time.Today, time.Today.AddDays(DefaultDaysAhead), errors);
        if (range is null) return errors.ToProblem();
        var ct = http.RequestAborted;
        var institution = await scope.InstitutionOfAsync(ApiResults.ActorOf(http), ct);
        var list = await sessions.ListAsync(time.StartOf(range.Value.From), time.StartOf(range.Value.To.AddDays(1)), ct);
        var view = await views.LoadAsync(ct);
        return TypedResults.Ok<IReadOnlyList<SessionView>>(list.Where(s => CoordinatorScope.Sees(institution, s)).Select(view.Session).ToList());
    }

    public static async Task<Results<Ok<SessionView>, ProblemHttpResult>> GetAsync(
        HttpContext http, IActivationSessions sessions, ActivationViewSource views, CoordinatorScope scope, string id)
    {
        var ct = http.RequestAborted;
        var session = await sessions.GetAsync(id, ct);
        var institution = await scope.InstitutionOfAsync(ApiResults.ActorOf(http), ct);
        if (session is null || !CoordinatorScope.Sees(institution, session)) return SessionActionResults.NotFound();
        return TypedResults.Ok((await views.LoadAsync(ct)).Session(session));
    }

    public static async Task<Results<Created<SessionView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpContext http, ActivationDesk desk, ActivationViewSource views, AuditTrail audit, SessionRequest? request)
    {
        var ct = http.RequestAborted;
        var errors = new FieldErrors();
        var draft = SessionDraftParser.Parse(request, errors);
        if (draft is null) return errors.ToProblem();
        if (errors.Any) return SessionActionResults.Invalid(errors, await desk.CheckAsync(draft, ct: ct));
        var actor = ApiResults.ActorOf(http);
        var result = await desk.CreateSessionAsync(draft, actor.UserName, ct: ct);
        if (result.Outcome == SessionActionOutcome.Invalid && result.Problems.Count > 0) return SessionActionResults.Invalid(errors, result.Problems);
        if (!result.Succeeded || result.Session is null) return SessionActionResults.Refusal(result);
        var session = result.Session;
        await audit.RecordAsync(actor, ActivationAuditActions.SessionCreated, detail: $"{session.Id} {session.AreaId} {draft.Date:yyyy-MM-dd} {draft.StartTime:HH\\:mm}-{draft.EndTime:HH\\:mm} kapasitas {session.Capacity}", cancellationToken: ct);
        return TypedResults.Created($"{ActivationPaths.Sessions}/{session.Id}", (await views.LoadAsync(ct)).Session(session));
    }

    public static async Task<Results<Ok<SessionChangeView>, ValidationProblem, ProblemHttpResult>> EditAsync(
        HttpContext http, ActivationDesk desk, ActivationViewSource views, AuditTrail audit, string id, SessionRequest? request)
    {
        var ct = http.RequestAborted;
        var errors = new FieldErrors();
        var draft = SessionDraftParser.Parse(request, errors);
        if (draft is null) return errors.ToProblem();
        if (errors.Any) return SessionActionResults.Invalid(errors, await desk.CheckAsync(draft, ct: ct));
        var actor = ApiResults.ActorOf(http);
        var result = await desk.EditSessionAsync(id, draft, actor.UserName, ct: ct);
        if (result.Outcome == SessionActionOutcome.Invalid && result.Problems.Count > 0) return SessionActionResults.Invalid(errors, result.Problems);
        if (!result.Succeeded || result.Session is null) return SessionActionResults.Refusal(result);
        await audit.RecordAsync(actor, ActivationAuditActions.SessionEdited, detail: $"{id} {draft.Date:yyyy-MM-dd} {draft.StartTime:HH\\:mm}-{draft.EndTime:HH\\:mm} kapasitas {result.Session.Capacity}, {result.Notified} diberi tahu", cancellationToken: ct);
        return TypedResults.Ok(new SessionChangeView((await views.LoadAsync(ct)).Session(result.Session), result.Notified));
    }

    public static async Task<Results<Ok<SessionChangeView>, ValidationProblem, ProblemHttpResult>> CancelAsync(
        HttpContext http, ActivationDesk desk, ActivationViewSource views, AuditTrail audit, string id, CancelSessionRequest? request)
    {
        var ct = http.RequestAborted;
        var errors = new FieldErrors();
        var reason = TextField.Required(request?.Reason, "reason", MaxReasonLength, errors);
        if (reason is null) return errors.ToProblem();
        var actor = ApiResults.ActorOf(http);
        var result = await desk.CancelSessionAsync(id, reason, actor.UserName, ct);
        if (!result.Succeeded || result.Session is null) return SessionActionResults.Refusal(result);
        await audit.RecordAsync(actor, ActivationAuditActions.SessionCancelled, detail: $"{id}: {reason} ({result.Notified} diberi tahu)", cancellationToken: ct);
        return TypedResults.Ok(new SessionChangeView((await views.LoadAsync(ct)).Session(result.Session), result.Notified));
    }

    public static async Task<Results<Ok<RemindView>, ProblemHttpResult>> RemindAsync(HttpContext http, ActivationDesk desk, AuditTrail audit, string id)
    {
        var ct = http.RequestAborted;
        var actor = ApiResults.ActorOf(http);
        var result = await desk.RemindNowAsync(id, actor.UserName, ct);
        if (!result.Succeeded) return SessionActionResults.Refusal(result);
        await audit.RecordAsync(actor, ActivationAuditActions.SessionReminded, detail: $"{id} ({result.Notified} diingatkan)", cancellationToken: ct);
        return TypedResults.Ok(new RemindView(result.Notified));
    }

    public static async Task<Results<Ok<IReadOnlyList<BookingView>>, ProblemHttpResult>> BookingsAsync(
        HttpContext http, IActivationSessions sessions, IActivationBookings bookings, ActivationViewSource views, string id)
    {
        var ct = http.RequestAborted;
        if (await sessions.GetAsync(id, ct) is null) return SessionActionResults.NotFound();
        var view = await views.LoadAsync(ct);
        return TypedResults.Ok<IReadOnlyList<BookingView>>((await bookings.ListForSessionAsync(id, ct)).Select(view.Booking).ToList());
    }
}
