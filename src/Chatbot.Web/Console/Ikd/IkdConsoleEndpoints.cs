using System.Text.Encodings.Web;
using Chatbot.Core.Ports;
using Chatbot.Web.Api;
using Microsoft.AspNetCore.Antiforgery;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// /console/ikd/sessions, /checkin, /progress and /groups (their modules: <see cref="ConsoleAssets"/>, ikd/). Every page needs a signed-in,
/// active account; its role is checked against the stored account (not only the cookie) on every request, and a role
/// the page is not for gets 403 and nothing of the page. The pages only show what /api/ikd answers, which checks again.
/// </summary>
public static class IkdConsoleEndpoints
{
    public static WebApplication MapIkdConsole(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var ikd = app.MapGroup(IkdPages.Root).ExcludeFromDescription().RequireSignedIn();
        foreach (var page in IkdPages.All)
        {
            ikd.MapGet(page.Path[IkdPages.Root.Length..], (HttpContext c, IAntiforgery a, IOperatorAccounts o) => ShowAsync(c, a, o, page));
        }

        return app;
    }

    public static async Task<IResult> ShowAsync(HttpContext httpContext, IAntiforgery antiforgery, IOperatorAccounts accounts, IkdPage page)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(antiforgery);
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(page);
        var userName = ConsolePrincipal.UserName(httpContext.User);
        var account = userName is null ? null : await accounts.FindAsync(userName, httpContext.RequestAborted);
        if (account is null || !account.Active) return Results.Challenge(authenticationSchemes: [ConsoleAuthentication.Scheme]);
        if (!page.Allows(account.Role)) return Forbidden(page);
        return ConsoleShell.Ikd(page, account, antiforgery.GetAndStoreTokens(httpContext));
    }

    private static ConsolePage Forbidden(IkdPage page)
    {
        var e = HtmlEncoder.Default;
        return ConsolePage.Form("Akses ditolak", $"""
            <h1>Akses ditolak</h1>
            <p class="error" role="alert">Halaman {e.Encode(page.Title)} hanya untuk: {e.Encode(RoleLabels.Who(page.Needs))}.</p>
            <p><a href="{e.Encode(ConsolePaths.Root)}">Kembali ke konsol</a></p>
            """, StatusCodes.Status403Forbidden);
    }
}
