using System.Globalization;
using System.Text.Encodings.Web;
using Chatbot.Core.Accounts;
using Microsoft.AspNetCore.Antiforgery;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// The frame of every page that has a script (the console app's and the IKD pages): the header (who is signed in, the
/// navigation the role allows, "Ganti kata sandi", sign out), an empty main the page's module fills, the toast area.
/// It shows at once, before any script runs, who is signed in and the sign-out form; the console app's header also
/// shows how many citizens wait. Every value from the account is encoded here; the modules insert everything as text.
/// </summary>
public static class ConsoleShell
{
    /// <summary>A console app page (cases, dashboard, audit, accounts: one module, app/main.js, shows the page the URL names).</summary>
    public static ConsolePage App(string page, OperatorAccount account, long waiting, AntiforgeryTokenSet tokens)
    {
        ArgumentNullException.ThrowIfNull(account);
        var live = $"""
            <div id="presence"></div>
            <div class="waiting" title="percakapan menunggu petugas"><p class="count">{waiting.ToString("N0", CultureInfo.GetCultureInfo("id-ID"))}</p><p>percakapan menunggu petugas</p></div>
            <span id="live" class="live off">○ Menyambung…</span>
            """;
        var who = $"<br>Nama pengguna: {HtmlEncoder.Default.Encode(account.UserName)}";
        return Page("Konsol petugas", page, account, tokens, "app/main.js", ["lib/console.css"], live, who, string.Empty,
            """<div id="offer" class="offer" role="alert" hidden></div>""");
    }

    /// <summary>An IKD page: the page's own module under ikd/.</summary>
    public static ConsolePage Ikd(IkdPage page, OperatorAccount account, AntiforgeryTokenSet tokens)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Page(page.Title, page.Key, account, tokens, "ikd/" + page.Script, ["lib/console.css", "ikd/ikd.css"], string.Empty, string.Empty, "ikd", string.Empty);
    }

    /// <summary>The "Keluar" form with the page's antiforgery token.</summary>
    public static string SignOut(AntiforgeryTokenSet tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var e = HtmlEncoder.Default;
        return $"""
            <form method="post" action="{e.Encode(ConsolePaths.Logout)}">
            <input type="hidden" name="{e.Encode(tokens.FormFieldName)}" value="{e.Encode(tokens.RequestToken ?? string.Empty)}">
            <button type="submit" class="secondary small">Keluar</button>
            </form>
            """;
    }

    private static ConsolePage Page(
        string title, string page, OperatorAccount account, AntiforgeryTokenSet tokens, string script, IReadOnlyList<string> styles,
        string headerExtras, string whoExtras, string bodyClass, string beforeMain)
    {
        var e = HtmlEncoder.Default;
        var body = $"""
            <header class="top">
            <span class="brand">Layanan Adminduk</span>
            <nav id="nav" aria-label="Halaman">{ConsoleNavigation.Html(account.Role, page)}</nav>
            {headerExtras}
            <div class="who">
            <p class="sub">Masuk sebagai <strong>{e.Encode(account.DisplayName)}</strong> ({e.Encode(RoleLabels.Of(account.Role))}){whoExtras}</p>
            <a class="password-link" href="{e.Encode(ConsolePaths.Password)}">Ganti kata sandi</a>
            {SignOut(tokens)}
            </div>
            </header>
            {beforeMain}
            <main id="app"><noscript><p>Konsol petugas memerlukan JavaScript. Aktifkan JavaScript lalu muat ulang halaman.</p></noscript></main>
            <div id="toast" role="status" aria-live="polite"></div>
            """;
        var attributes = (bodyClass.Length > 0 ? $"class=\"{e.Encode(bodyClass)}\" " : string.Empty)
            + $"data-page=\"{e.Encode(page)}\" data-api=\"{e.Encode(ConsoleAppPaths.Api)}\" data-root=\"{e.Encode(ConsolePaths.Root)}\"";
        return new ConsolePage(title, body) { Styles = styles, Script = script, BodyAttributes = attributes };
    }
}
