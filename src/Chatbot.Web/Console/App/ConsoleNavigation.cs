using System.Text.Encodings.Web;
using Chatbot.Core.Accounts;

namespace Chatbot.Web.OperatorConsole;

/// <summary>
/// The console's navigation for one role: the pages of the console app (cases, dashboard, audit, accounts; marked
/// <c>data-nav</c>, so the app's script switches them without a reload) and the IKD pages (<see cref="IkdPages"/>,
/// ordinary links: each is its own page). A coordinator sees only what is theirs.
/// </summary>
public static class ConsoleNavigation
{
    public sealed record Link(string Page, string Href, string Label, bool InApp);

    public static IReadOnlyList<Link> For(OperatorRole role)
    {
        var links = new List<Link>();
        if (role is not OperatorRole.Coordinator) links.Add(new("home", ConsolePaths.Root, "Kasus", true));
        if (role is OperatorRole.Supervisor or OperatorRole.Admin)
        {
            links.Add(new("dashboard", ConsoleAppPaths.Dashboard, "Dasbor", true));
            links.Add(new("audit", ConsoleAppPaths.Audit, "Audit", true));
        }

        if (role is OperatorRole.Admin) links.Add(new("accounts", ConsoleAppPaths.Accounts, "Akun", true));
        links.AddRange(IkdPages.For(role).Select(p => new Link(p.Key, p.Path, p.Label, false)));
        return links;
    }

    /// <summary>The links as HTML, the current page marked; every value encoded.</summary>
    public static string Html(OperatorRole role, string currentPage)
    {
        var e = HtmlEncoder.Default;
        return string.Concat(For(role).Select(n =>
            $"""<a href="{e.Encode(n.Href)}"{(n.InApp ? " data-nav" : string.Empty)} data-page="{e.Encode(n.Page)}"{(n.Page == currentPage ? " class=\"active\" aria-current=\"page\"" : string.Empty)}>{e.Encode(n.Label)}</a>"""));
    }
}
