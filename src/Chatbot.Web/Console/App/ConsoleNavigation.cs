using System.Text.Encodings.Web;
using Chatbot.Core.Accounts;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// The console's navigation for one role: the pages of the console app (cases, dashboard, audit, accounts; marked
/// <c>data-nav</c>, so the app's script switches them without a reload) and the IKD pages (<see cref="IkdPages"/>,
/// ordinary links: each is its own page), each shown to the roles <see cref="RoleCapabilities"/> lets open it.
/// </summary>
public static class ConsoleNavigation
{
    public sealed record Link(string Page, string Href, string Label, bool InApp);

    /// <summary>The console app's pages, each with the capability that opens it (the same as its page endpoint's).</summary>
    private static readonly (Link Link, Capability Needs)[] AppPages =
    [
        (new("home", ConsolePaths.Root, "Kasus", true), Capability.WorkCases),
        (new("dashboard", ConsoleAppPaths.Dashboard, "Dasbor", true), Capability.ViewDashboard),
        (new("audit", ConsoleAppPaths.Audit, "Audit", true), Capability.ViewAudit),
        (new("accounts", ConsoleAppPaths.Accounts, "Akun", true), Capability.ManageAccounts),
    ];

    public static IReadOnlyList<Link> For(OperatorRole role) =>
    [
        .. AppPages.Where(p => RoleCapabilities.Allows(role, p.Needs)).Select(p => p.Link),
        .. IkdPages.For(role).Select(p => new Link(p.Key, p.Path, p.Label, false)),
    ];

    /// <summary>The links as HTML, the current page marked; every value encoded.</summary>
    public static string Html(OperatorRole role, string currentPage)
    {
        var e = HtmlEncoder.Default;
        return string.Concat(For(role).Select(n =>
            $"""<a href="{e.Encode(n.Href)}"{(n.InApp ? " data-nav" : string.Empty)} data-page="{e.Encode(n.Page)}"{(n.Page == currentPage ? " class=\"active\" aria-current=\"page\"" : string.Empty)}>{e.Encode(n.Label)}</a>"""));
    }
}
