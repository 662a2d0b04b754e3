using Chatbot.Core.Activation;
using Chatbot.Core.Ports;
using Chatbot.Desk;
using Chatbot.Desk.Activation;
using Chatbot.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chatbot.Web.Activation;

/// <summary>/api/ikd/areas (everyone signed in) and /api/ikd/institutions (staff read, supervisors add).</summary>
internal static class DirectoryEndpoints
{
    public static Ok<IReadOnlyList<AreaView>> Areas(IActivationAreas areas) =>
        TypedResults.Ok<IReadOnlyList<AreaView>>(areas.All.Select(a => new AreaView(a.AreaId, a.Name, a.WajibKtp, a.TargetPercent)).ToList());

    public static async Task<Ok<IReadOnlyList<InstitutionView>>> InstitutionsAsync(HttpContext http, IInstitutions institutions) =>
        TypedResults.Ok<IReadOnlyList<InstitutionView>>((await institutions.ListAsync(http.RequestAborted)).Select(i => new InstitutionView(i.Id, i.Name)).ToList());

    public static async Task<Results<Created<InstitutionView>, ValidationProblem, ProblemHttpResult>> CreateInstitutionAsync(
        HttpContext http, IInstitutions institutions, AuditTrail audit, InstitutionRequest? request)
    {
        var ct = http.RequestAborted;
        var errors = new FieldErrors();
        var name = TextField.Required(request?.Name, "name", Accounts.InstitutionResolver.MaxNameLength, errors);
        var id = name is null ? null : Institution.IdFromName(name);
        if (name is not null && id is null) errors.Add("name", "Nama instansi perlu huruf atau angka (paling banyak 60 untuk kodenya).");
        if (errors.Any) return errors.ToProblem();
        if (await institutions.GetAsync(id!, ct) is { } existing)
            return ApiResults.Problem(OperationOutcome.Conflict, $"Instansi {existing.Name} ({existing.Id}) sudah ada.", "exists");

        var institution = new Institution(id!, name!);
        await institutions.SaveAsync(institution, ct);
        await audit.RecordAsync(ApiResults.ActorOf(http), ActivationAuditActions.InstitutionCreated, detail: $"{institution.Id} ({institution.Name})", cancellationToken: ct);
        return TypedResults.Created($"{ActivationPaths.Institutions}/{institution.Id}", new InstitutionView(institution.Id, institution.Name));
    }
}
