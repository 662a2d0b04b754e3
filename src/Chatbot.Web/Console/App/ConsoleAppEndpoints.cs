using System.Text.Encodings.Web;
using Chatbot.Core.Accounts;
using Chatbot.Core.Ports;
using Chatbot.Web.Api;
using Microsoft.AspNetCore.Antiforgery;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// The console app's pages: /console (cases and conversations), /console/kasus/{code}, /console/percakapan/{id},
/// /console/dasbor and /console/audit (supervisors and admins), /console/akun (admins).
/// Every page needs a signed-in, active account, and its role is checked against the stored account (not only the
/// cookie) on every request: an operator who opens a supervisor page gets 403 and nothing of it. The REST API refuses
/// the same calls on its own.
/// </summary>
public static class ConsoleAppEndpoints
{
    public static WebApplication MapConsoleApp(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var console = app.MapGroup(ConsolePaths.Root).ExcludeFromDescription().RequireCapability(Capability.WorkCases);
        console.MapGet("/kasus/{code}", (HttpContext c, IAntiforgery a, IOperatorAccounts o, IHandoffQueue q) => ShowAsync(c, a, o, q, "home", Capability.WorkCases));
        console.MapGet("/percakapan/{id}", (HttpContext c, IAntiforgery a, IOperatorAccounts o, IHandoffQueue q) => ShowAsync(c, a, o, q, "home", Capability.WorkCases));
        console.MapGet("/dasbor", (HttpContext c, IAntiforgery a, IOperatorAccounts o, IHandoffQueue q) => ShowAsync(c, a, o, q, "dashboard", Capability.ViewDashboard));
        console.MapGet("/audit", (HttpContext c, IAntiforgery a, IOperatorAccounts o, IHandoffQueue q) => ShowAsync(c, a, o, q, "audit", Capability.ViewAudit));
        console.MapGet("/akun", (HttpContext c, IAntiforgery a, IOperatorAccounts o, IHandoffQueue q) => ShowAsync(c, a, o, q, "accounts", Capability.ManageAccounts));
        return app;
    }

    public static async Task<IResult> ShowAsync(
        HttpContext httpContext, IAntiforgery antiforgery, IOperatorAccounts accounts, IHandoffQueue handoffQueue, string page, Capability needed)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(handoffQueue);
        var cancellationToken = httpContext.RequestAborted;
        var userName = ConsolePrincipal.UserName(httpContext.User);
        var account = userName is null ? null : await accounts.FindAsync(userName, cancellationToken);
        if (account is null || !account.Active) return Results.Challenge(authenticationSchemes: [ConsoleAuthentication.Scheme]);
        if (!RoleCapabilities.Allows(account.Role, needed)) return Forbidden(needed);

        var waiting = await handoffQueue.CountAsync(cancellationToken);
        return ConsoleShell.App(page, account, waiting, antiforgery.GetAndStoreTokens(httpContext));
    }

    private static ConsolePage Forbidden(Capability needed)
    {
        var e = HtmlEncoder.Default;
        var who = RoleLabels.Who(needed);
        return ConsolePage.Form("Akses ditolak", $"""
            <h1>Akses ditolak</h1>
            <p class="error" role="alert">Halaman ini hanya untuk {e.Encode(who)}.</p>
            <p><a href="{e.Encode(ConsolePaths.Root)}">Kembali ke konsol</a></p>
            """, StatusCodes.Status403Forbidden);
    }
}
