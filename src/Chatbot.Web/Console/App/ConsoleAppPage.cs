using System.Globalization;
using System.Text.Encodings.Web;
using Chatbot.Core.Accounts;
using Microsoft.AspNetCore.Antiforgery;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// The console's single page (the shell the script fills): who is signed in, how many citizens wait, the sign-out form,
/// the navigation the role allows, and the script and style served by the service itself (no CDN, works offline).
/// Every value from an account is encoded here; everything else the script inserts as text. The headers allow scripts
/// and styles of this origin only: an injected script tag can neither load from elsewhere nor run inline.
/// </summary>
public sealed class ConsoleAppPage(string page, OperatorAccount account, long waiting, AntiforgeryTokenSet tokens) : IResult
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; media-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>The page the URL asked for: home, dashboard, audit, accounts.</summary>
    public string Page { get; } = page;

    public static ConsoleAppPage Create(HttpContext httpContext, IAntiforgery antiforgery, string page, OperatorAccount account, long waiting)
    {
        ArgumentNullException.ThrowIfNull(antiforgery);
        return new ConsoleAppPage(page, account, waiting, antiforgery.GetAndStoreTokens(httpContext));
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        var headers = response.Headers;
        headers.CacheControl = "no-store";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        await response.WriteAsync(Html(), httpContext.RequestAborted);
    }

    public string Html()
    {
        var e = HtmlEncoder.Default;
        var role = account.Role;
        var nav = new List<(string Page, string Href, string Label)> { ("home", ConsolePaths.Root, "Kasus") };
        if (role is OperatorRole.Supervisor or OperatorRole.Admin)
        {
            nav.Add(("dashboard", ConsoleAppPaths.Dashboard, "Dasbor"));
            nav.Add(("audit", ConsoleAppPaths.Audit, "Audit"));
        }

        if (role is OperatorRole.Admin) nav.Add(("accounts", ConsoleAppPaths.Accounts, "Akun"));
        var links = string.Concat(nav.Select(n =>
            $"""<a href="{e.Encode(n.Href)}" data-nav data-page="{n.Page}"{(n.Page == Page ? " class=\"active\" aria-current=\"page\"" : string.Empty)}>{e.Encode(n.Label)}</a>"""));

        return $"""
            <!doctype html>
            <html lang="id">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light">
            <title>Konsol petugas - Layanan Adminduk</title>
            <link rel="stylesheet" href="{e.Encode(ConsoleAppPaths.Asset("app.css"))}">
            </head>
            <body data-page="{e.Encode(Page)}" data-user="{e.Encode(account.UserName)}" data-display="{e.Encode(account.DisplayName)}" data-role="{e.Encode(role.ToString())}" data-api="{e.Encode(ConsoleAppPaths.Api)}" data-root="{e.Encode(ConsolePaths.Root)}">
            <header class="top">
            <span class="brand">Layanan Adminduk</span>
            <nav id="nav" aria-label="Halaman">{links}</nav>
            <div id="presence"></div>
            <div class="waiting" title="percakapan menunggu petugas"><p class="count">{waiting.ToString("N0", CultureInfo.GetCultureInfo("id-ID"))}</p><p>percakapan menunggu petugas</p></div>
            <span id="live" class="live off">○ Menyambung…</span>
            <div class="who">
            <p class="sub">Masuk sebagai <strong>{e.Encode(account.DisplayName)}</strong> ({e.Encode(RoleLabels.Of(role))})<br>Nama pengguna: {e.Encode(account.UserName)}</p>
            <form method="post" action="{e.Encode(ConsolePaths.Logout)}">
            <input type="hidden" name="{e.Encode(tokens.FormFieldName)}" value="{e.Encode(tokens.RequestToken ?? string.Empty)}">
            <button type="submit" class="secondary small">Keluar</button>
            </form>
            </div>
            </header>
            <div id="offer" class="offer" role="alert" hidden></div>
            <main id="app"><noscript><p>Konsol petugas memerlukan JavaScript. Aktifkan JavaScript lalu muat ulang halaman.</p></noscript></main>
            <div id="toast" role="status" aria-live="polite"></div>
            <script src="{e.Encode(ConsoleAppPaths.Asset("app.js"))}"></script>
            </body>
            </html>
            """;
    }
}
