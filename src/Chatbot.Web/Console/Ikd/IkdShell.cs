using System.Text.Encodings.Web;
using Chatbot.Core.Accounts;
using Microsoft.AspNetCore.Antiforgery;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// The frame of an IKD page: the console's header (who is signed in, the navigation the role allows, sign out), an
/// empty main the page's script fills, the console's style plus the IKD style, the shared IKD script and the page's
/// own. Same headers as the console app (<see cref="ConsoleAppPage.ContentSecurityPolicy"/>: scripts and styles of this
/// origin only, nothing inline). Every value from the account is encoded here; the scripts insert everything as text.
/// </summary>
public sealed class IkdShell(IkdPage page, OperatorAccount account, AntiforgeryTokenSet tokens) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) => ConsoleAppPage.WriteAsync(httpContext, Html());

    public string Html()
    {
        var e = HtmlEncoder.Default;
        return $"""
            {ConsoleChrome.Head(page.Title)}
            <link rel="stylesheet" href="{e.Encode(IkdAssets.Path("ikd.css"))}">
            </head>
            <body class="ikd" data-page="{e.Encode(page.Key)}" data-user="{e.Encode(account.UserName)}" data-display="{e.Encode(account.DisplayName)}" data-role="{e.Encode(account.Role.ToString())}" data-institution="{e.Encode(account.Institution ?? string.Empty)}" data-api="{e.Encode(ConsoleAppPaths.Api)}" data-root="{e.Encode(ConsolePaths.Root)}">
            <header class="top">
            <span class="brand">Layanan Adminduk</span>
            <nav id="nav" aria-label="Halaman">{ConsoleNavigation.Html(account.Role, page.Key)}</nav>
            <div class="who">
            <p class="sub">Masuk sebagai <strong>{e.Encode(account.DisplayName)}</strong> ({e.Encode(RoleLabels.Of(account.Role))})</p>
            {ConsoleChrome.UserMenu(tokens)}
            </div>
            </header>
            <main id="app"><noscript><p>Halaman ini memerlukan JavaScript. Aktifkan JavaScript lalu muat ulang halaman.</p></noscript></main>
            <div id="toast" role="status" aria-live="polite"></div>
            <script src="{e.Encode(IkdAssets.Path("ikd.js"))}"></script>
            <script src="{e.Encode(IkdAssets.Path(page.Script))}"></script>
            </body>
            </html>
            """;
    }
}
