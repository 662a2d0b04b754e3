using System.Text;
using Chatbot.Core.Accounts;
using Chatbot.Core.Cases;
using Chatbot.Core.Ports;
using Chatbot.Desk;
using Chatbot.Desk.Cases;
using Chatbot.Desk.Conversations;
using Chatbot.Web.Accounts;
using Chatbot.Web.Activation;
using Chatbot.Web.OperatorConsole;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Api;

/// <summary>The handlers of /api: thin, over the application services in Operations/ that the console uses too.</summary>
internal static class ApiEndpoints
{
    public const int MaxAuditEntries = 5000;

    // ---- the signed-in user ----

    public static async Task<Results<Ok<MeView>, UnauthorizedHttpResult>> MeAsync(HttpContext http, IOperatorAccounts accounts)
    {
        var actor = ApiResults.ActorOf(http);
        var account = await accounts.FindAsync(actor.UserName, http.RequestAborted);
        if (account is null) return TypedResults.Unauthorized();
        // TODO(routing): the operator's skills (null: every queue until the routing engine stores them).
        var role = account.Role;
        return TypedResults.Ok(new MeView(
            account.UserName, account.DisplayName, role.ToString(),
            RoleCapabilities.Allows(role, Capability.SuperviseQueues), RoleCapabilities.Allows(role, Capability.ManageAccounts),
            null, account.Institution, account.MustChangePassword, CapabilityNames.Of(RoleCapabilities.Of(role))));
    }

    /// <summary>
    /// Changes the signed-in account's password. Its other sessions end; this one goes on with a new cookie, and its
    /// antiforgery token changes with it: the new one is the answer. 400 naming the field (the rule broken: code
    /// "invalid"; a wrong current password, counted as a failed sign-in: "wrongPassword"), 403 "locked".
    /// </summary>
    public static async Task<Results<Ok<AntiforgeryTokenView>, ValidationProblem, ProblemHttpResult, UnauthorizedHttpResult>> ChangePasswordAsync(
        HttpContext http, AccountActions accounts, IAntiforgery antiforgery, PasswordChangeRequest request)
    {
        var result = await accounts.ChangeOwnPasswordAsync(ApiResults.ActorOf(http), request.CurrentPassword, request.NewPassword, http.RequestAborted);
        switch (result.Status)
        {
            case PasswordChangeStatus.Changed:
                await ConsoleSessions.RenewAsync(http, result.Account!);
                return Antiforgery(http, antiforgery);
            case PasswordChangeStatus.LockedOut:
                return TypedResults.Problem(detail: OperatorPasswords.LockedMessage, statusCode: StatusCodes.Status403Forbidden, extensions: new Dictionary<string, object?> { ["code"] = "locked" });
            case PasswordChangeStatus.NoAccount:
                return TypedResults.Unauthorized();
            default:
                return FieldErrors.Single(result.Field!, result.Message!, result.Status == PasswordChangeStatus.WrongPassword ? "wrongPassword" : "invalid");
        }
    }

    public static Ok<AntiforgeryTokenView> Antiforgery(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new AntiforgeryTokenView(ApiPaths.AntiforgeryHeader, tokens.RequestToken!));
    }

    // ---- cases ----

    public static async Task<Results<Ok<IReadOnlyList<CaseListItem>>, ProblemHttpResult>> ListCasesAsync(
        HttpContext http, CaseActions cases, string? queue, string? status, DateTimeOffset? from, DateTimeOffset? to)
    {
        CaseStatus? wanted = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<CaseStatus>(status, true, out var parsed) || int.TryParse(status, out _))
                return ApiResults.BadRequest($"Status '{status}' tidak dikenal.", "unknownStatus");
            wanted = parsed;
        }

        var list = await cases.ListAsync(ApiResults.ActorOf(http), string.IsNullOrEmpty(queue) ? null : queue, wanted, from, to, http.RequestAborted);
        return TypedResults.Ok(list);
    }

    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> GetCaseAsync(HttpContext http, CaseActions cases, string code) =>
        ApiResults.From(await cases.GetAsync(ApiResults.ActorOf(http), code, http.RequestAborted));

    public static async Task<Results<Ok<RevealedNik>, ProblemHttpResult>> RevealNikAsync(HttpContext http, CaseActions cases, string code)
    {
        var result = await cases.RevealNikAsync(ApiResults.ActorOf(http), code, http.RequestAborted);
        if (!result.Succeeded) return ApiResults.Problem(result.Outcome, result.Reason, result.Code);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new RevealedNik(CaseCode.TryParse(code, out var parsed) ? parsed.ToString() : code, result.Value!));
    }

    public static async Task<Results<Ok<CaseChangeView>, ProblemHttpResult>> ChangeStatusAsync(HttpContext http, CaseActions cases, string code, StatusChangeRequest request) =>
        ApiResults.From(await cases.ChangeStatusAsync(ApiResults.ActorOf(http), code, request.Status, request.Note, request.TrackingNumber, request.PickupCode, http.RequestAborted));

    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> AddCaseNoteAsync(HttpContext http, CaseActions cases, string code, TextRequest request) =>
        ApiResults.From(await cases.AddNoteAsync(ApiResults.ActorOf(http), code, request.Text, http.RequestAborted));

    // ---- conversations ----

    public static async Task<Results<Ok<ConversationView>, ProblemHttpResult>> GetConversationAsync(HttpContext http, ConversationActions conversations, string id) =>
        ApiResults.From(await conversations.GetAsync(ApiResults.ActorOf(http), id, http.RequestAborted));

    public static async Task<Results<Ok<ConversationView>, ProblemHttpResult>> TakeOverAsync(HttpContext http, ConversationActions conversations, string id) =>
        ApiResults.From(await conversations.TakeOverAsync(ApiResults.ActorOf(http), id, http.RequestAborted));

    public static async Task<Results<Ok<ConversationView>, ProblemHttpResult>> ReplyAsync(HttpContext http, ConversationActions conversations, string id, TextRequest request) =>
        ApiResults.From(await conversations.ReplyAsync(ApiResults.ActorOf(http), id, request.Text, http.RequestAborted));

    public static async Task<Results<Ok<ConversationView>, ProblemHttpResult>> SendTemplateAsync(HttpContext http, ConversationActions conversations, string id, TemplateRequest request) =>
        ApiResults.From(await conversations.SendTemplateAsync(ApiResults.ActorOf(http), id, request.Name, request.Variables, http.RequestAborted));

    public static async Task<Results<Ok<ConversationView>, ProblemHttpResult>> HandBackAsync(HttpContext http, ConversationActions conversations, string id) =>
        ApiResults.From(await conversations.HandBackAsync(ApiResults.ActorOf(http), id, http.RequestAborted));

    public static async Task<Results<Ok<ConversationView>, ProblemHttpResult>> TransferAsync(HttpContext http, ConversationActions conversations, string id, TransferRequest request) =>
        ApiResults.From(await conversations.TransferAsync(ApiResults.ActorOf(http), id, request.Queue, request.Operator, http.RequestAborted));

    public static async Task<Results<Ok<ConversationView>, ProblemHttpResult>> AddConversationNoteAsync(HttpContext http, ConversationActions conversations, string id, TextRequest request) =>
        ApiResults.From(await conversations.AddPrivateNoteAsync(ApiResults.ActorOf(http), id, request.Text, http.RequestAborted));

    // ---- media, templates, canned responses ----

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> MediaAsync(HttpContext http, MediaProxy proxy, string? url)
    {
        if (!proxy.IsAllowedSource(url, out var source))
            return TypedResults.Problem(detail: "Hanya media dari penyedia WhatsApp yang dapat ditampilkan.", statusCode: StatusCodes.Status403Forbidden, extensions: new Dictionary<string, object?> { ["code"] = "foreignHost" });

        var fetched = await proxy.FetchAsync(source, http.RequestAborted);
        if (fetched.Content is null)
            return TypedResults.Problem(detail: "Media tidak dapat ditampilkan.", statusCode: fetched.Status, extensions: new Dictionary<string, object?> { ["code"] = "media" + fetched.Status });

        var headers = http.Response.Headers;
        headers.CacheControl = "private, no-store";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
        headers["Content-Disposition"] = fetched.ContentType == "application/pdf" ? "inline; filename=\"lampiran.pdf\"" : "inline";
        return TypedResults.File(fetched.Content, fetched.ContentType);
    }

    public static Ok<IReadOnlyList<TemplateView>> Templates(IOptionsMonitor<OperationsOptions> options) =>
        TypedResults.Ok<IReadOnlyList<TemplateView>>(options.CurrentValue.Templates.Select(t => new TemplateView(t.Name, t.Variables, t.Description)).ToList());

    public static async Task<Ok<IReadOnlyList<CannedResponseView>>> CannedResponsesAsync(HttpContext http, CaseActions cases, string? conversation) =>
        TypedResults.Ok(await cases.CannedResponsesAsync(ApiResults.ActorOf(http), conversation, http.RequestAborted));

    // ---- supervisors ----

    public static async Task<Ok<DashboardView>> DashboardAsync(HttpContext http, Dashboard dashboard) =>
        TypedResults.Ok(await dashboard.GetAsync(http.RequestAborted));

    public static async Task<FileContentHttpResult> CasesCsvAsync(HttpContext http, ICaseDirectory directory, DateTimeOffset? from, DateTimeOffset? to)
    {
        var (start, end) = CaseActions.Range(from, to);
        var csv = CaseCsv.Write(await directory.ListAsync(start, end, http.RequestAborted));
        http.Response.Headers.CacheControl = "no-store";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"kasus-{start:yyyyMMdd}-{end:yyyyMMdd}.csv");
    }

    public static async Task<Ok<IReadOnlyList<AuditEntry>>> AuditAsync(HttpContext http, IAuditLog audit, TimeProvider clock, DateTimeOffset? from, DateTimeOffset? to)
    {
        var end = to ?? clock.GetUtcNow();
        var start = from ?? end.AddDays(-7);
        return TypedResults.Ok(await audit.ReadAsync(start, end, MaxAuditEntries, http.RequestAborted));
    }

    // ---- admins ----

    public static async Task<Ok<IReadOnlyList<AccountView>>> ListAccountsAsync(HttpContext http, AccountActions accounts) =>
        TypedResults.Ok(await accounts.ListAsync(http.RequestAborted));

    public static async Task<Results<Ok<CreatedAccountView>, ProblemHttpResult>> CreateAccountAsync(HttpContext http, AccountActions accounts, CreateAccountRequest request)
    {
        var result = await accounts.CreateAsync(ApiResults.ActorOf(http), request.UserName, request.Role, request.DisplayName, request.Institution, http.RequestAborted);
        if (result.Succeeded) http.Response.Headers.CacheControl = "no-store";
        return ApiResults.From(result);
    }

    public static async Task<Results<Ok<CreatedAccountView>, ProblemHttpResult>> ResetPasswordAsync(HttpContext http, AccountActions accounts, string name)
    {
        var result = await accounts.ResetPasswordAsync(ApiResults.ActorOf(http), name, http.RequestAborted);
        if (result.Succeeded) http.Response.Headers.CacheControl = "no-store";
        return ApiResults.From(result);
    }

    public static async Task<Results<Ok<AccountView>, ProblemHttpResult>> DeactivateAccountAsync(HttpContext http, AccountActions accounts, string name) =>
        ApiResults.From(await accounts.DeactivateAsync(ApiResults.ActorOf(http), name, http.RequestAborted));
}
