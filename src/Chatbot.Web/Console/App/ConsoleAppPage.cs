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

    public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext, Html());

    /// <summary>Writes a console page with the console app's headers (<see cref="ContentSecurityPolicy"/>, nothing cached, no framing).</summary>
    public static async Task WriteAsync(HttpContext httpContext, string html)
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
        await response.WriteAsync(html, httpContext.RequestAborted);
    }

    public string Html()
    {
        var e = HtmlEncoder.Default;
        var role = account.Role;
        var links = ConsoleNavigation.Html(role, Page);

        return $"""
            {ConsoleChrome.Head("Konsol petugas")}
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
            {ConsoleChrome.UserMenu(tokens)}
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
