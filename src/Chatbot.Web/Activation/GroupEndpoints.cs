using Chatbot.Core.Activation;
using Chatbot.Core.Ports;
using Chatbot.Desk;
using Chatbot.Desk.Activation;
using Chatbot.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chatbot.Web.Activation;

/// <summary>
/// /api/ikd/groups: coordinators' collective bookings. A coordinator sees and books only for their own institution
/// (another institution's group answers 404, as if it did not exist); supervisors and admins see all and book on an
/// institution's behalf.
/// </summary>
internal static class GroupEndpoints
{
    public static async Task<Ok<IReadOnlyList<GroupView>>> ListAsync(
        HttpContext http, IGroupBookings groups, IActivationSessions sessions, ActivationViewSource views, CoordinatorScope scope)
    {
        var ct = http.RequestAborted;
        var institution = await scope.InstitutionOfAsync(ApiResults.ActorOf(http), ct);
        var list = institution is "" ? [] : await groups.ListAsync(institution, ct);
        var view = await views.LoadAsync(ct);
        var byId = new Dictionary<string, ActivationSession?>(StringComparer.Ordinal);
        var result = new List<GroupView>(list.Count);
        foreach (var group in list.Where(g => CoordinatorScope.Sees(institution, g)))
        {
            if (!byId.TryGetValue(group.SessionId, out var session)) byId[group.SessionId] = session = await sessions.GetAsync(group.SessionId, ct);
            result.Add(view.Group(group, session));
        }

        return TypedResults.Ok<IReadOnlyList<GroupView>>(result);
    }

    public static async Task<Results<Created<GroupView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpContext http, IGroupBookings groups, IInstitutions institutions, ActivationViewSource views, CoordinatorScope scope, AuditTrail audit,
        OfficeTime time, TimeProvider clock, GroupRequest? request)
    {
        var ct = http.RequestAborted;
        var actor = ApiResults.ActorOf(http);
        var errors = new FieldErrors();
        var parsed = GroupRequestParser.Parse(request, time.Today, errors);
        var institution = await scope.InstitutionOfAsync(actor, ct);
        if (institution is "") return ApiResults.Problem(OperationOutcome.Forbidden, "Akun koordinator ini belum terhubung ke instansi.", "noInstitution");
        if (institution is null)
        {
            institution = request?.InstitutionId?.Trim();
            if (string.IsNullOrEmpty(institution)) errors.Add("institutionId", "Wajib diisi: instansi yang dipesankan.");
            else if (await institutions.GetAsync(institution, ct) is null) errors.Add("institutionId", "Instansi tidak dikenal.");
        }

        if (parsed is null || errors.Any) return errors.ToProblem();
        var (sessionId, unit, seats, roster) = parsed.Value;
        var group = new GroupBooking
        {
            Code = InvitationCode.New(),
            SessionId = sessionId,
            InstitutionId = institution!,
            Unit = unit,
            Coordinator = actor.UserName,
            Seats = seats,
            Roster = roster,
            CreatedAt = clock.GetUtcNow(),
        };
        var (outcome, session) = await groups.CreateAsync(group, ct);
        if (outcome != GroupBookingOutcome.Done) return Refusal(outcome);

        await audit.RecordAsync(actor, ActivationAuditActions.GroupCreated, detail: $"{group.Code} {institution} {sessionId} {seats} kursi", cancellationToken: ct);
        return TypedResults.Created($"{ActivationPaths.Groups}/{group.Code}", (await views.LoadAsync(ct)).Group(group, session));
    }

    public static async Task<Results<Ok<GroupDetailView>, ProblemHttpResult>> GetAsync(
        HttpContext http, IGroupBookings groups, IActivationSessions sessions, ActivationViewSource views, CoordinatorScope scope, string code)
    {
        var ct = http.RequestAborted;
        var group = await VisibleAsync(http, groups, scope, code);
        if (group is null) return NotFound();
        var claims = await groups.ClaimsAsync(group.Code, ct);
        var view = await views.LoadAsync(ct);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new GroupDetailView(
            view.Group(group, await sessions.GetAsync(group.SessionId, ct)),
            claims.Select(view.Booking).ToList(),
            GroupRoster.Match(group, claims),
            group.Cancelled ? 0 : Math.Max(0, group.Seats - group.Claimed)));
    }

    public static async Task<Results<Ok<GroupView>, ProblemHttpResult>> CancelAsync(
        HttpContext http, IGroupBookings groups, IActivationSessions sessions, ActivationViewSource views, CoordinatorScope scope, AuditTrail audit, string code)
    {
        var ct = http.RequestAborted;
        var group = await VisibleAsync(http, groups, scope, code);
        if (group is null) return NotFound();
        var outcome = await groups.CancelAsync(group.Code, ct);
        if (outcome != GroupBookingOutcome.Done) return Refusal(outcome);
        await audit.RecordAsync(ApiResults.ActorOf(http), ActivationAuditActions.GroupCancelled, detail: $"{group.Code} {group.InstitutionId}", cancellationToken: ct);
        var after = await groups.GetAsync(group.Code, ct) ?? group with { Cancelled = true };
        return TypedResults.Ok((await views.LoadAsync(ct)).Group(after, await sessions.GetAsync(after.SessionId, ct)));
    }

    private static async Task<GroupBooking?> VisibleAsync(HttpContext http, IGroupBookings groups, CoordinatorScope scope, string code)
    {
        if (!InvitationCode.TryParse(code, out var invitation)) return null;
        var group = await groups.GetAsync(invitation, http.RequestAborted);
        var institution = await scope.InstitutionOfAsync(ApiResults.ActorOf(http), http.RequestAborted);
        return group is not null && CoordinatorScope.Sees(institution, group) ? group : null;
    }

    private static ProblemHttpResult NotFound() => ApiResults.Problem(OperationOutcome.NotFound, "Pemesanan kelompok tidak ditemukan.", "notFound");

    private static ProblemHttpResult Refusal(GroupBookingOutcome outcome) => outcome switch
    {
        GroupBookingOutcome.NotFound => ApiResults.Problem(OperationOutcome.NotFound, "Sesi tidak ditemukan.", "notFound"),
        GroupBookingOutcome.SessionFull => ApiResults.Problem(OperationOutcome.Conflict, "Kursi yang tersisa di sesi ini kurang dari yang dipesan.", ProblemCode.Of(outcome)),
        GroupBookingOutcome.ReservedForOther => ApiResults.Problem(OperationOutcome.Conflict, "Sesi ini khusus untuk instansi lain.", ProblemCode.Of(outcome)),
        _ => ApiResults.Problem(OperationOutcome.Conflict, "Sesi sudah dibatalkan, sudah dimulai, atau sudah lewat.", ProblemCode.Of(outcome)),
    };
}
