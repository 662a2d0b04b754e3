using Chatbot.Core.Accounts;

namespace Chatbot.Web.OperatorConsole;

/// <summary>One IKD page of the console: its address, its navigation label, its script and the roles that may open it.</summary>
public sealed record IkdPage(string Key, string Path, string Label, string Title, string Script, IReadOnlyList<OperatorRole> Roles)
{
    public bool Allows(OperatorRole role) => Roles.Contains(role);
}

/// <summary>
/// The console's pages for IKD (digital ID) activation sessions. Who may open which (the REST API under /api/ikd checks
/// the same on its own): the sessions to every office role (operators read only), check-in to every office role,
/// progress to supervisors and admins, group bookings to coordinators (their institution's only) and supervisors/admins.
/// </summary>
public static class IkdPages
{
    public const string Root = ConsolePaths.Root + "/ikd";

    private static readonly OperatorRole[] Office = [OperatorRole.Operator, OperatorRole.Supervisor, OperatorRole.Admin];
    private static readonly OperatorRole[] Supervisors = [OperatorRole.Supervisor, OperatorRole.Admin];

    public static readonly IkdPage Sessions = new("ikd-sessions", Root + "/sessions", "Sesi IKD", "Sesi aktivasi IKD", "sessions.js", Office);

    public static readonly IkdPage CheckIn = new("ikd-checkin", Root + "/checkin", "Check-in IKD", "Check-in aktivasi IKD", "checkin.js", Office);

    public static readonly IkdPage Progress = new("ikd-progress", Root + "/progress", "Capaian IKD", "Capaian aktivasi IKD", "progress.js", Supervisors);

    public static readonly IkdPage Groups = new("ikd-groups", Root + "/groups", "Rombongan IKD", "Pendaftaran rombongan IKD", "groups.js",
        [OperatorRole.Coordinator, .. Supervisors]);

    public static readonly IReadOnlyList<IkdPage> All = [Sessions, CheckIn, Progress, Groups];

    public static IEnumerable<IkdPage> For(OperatorRole role) => All.Where(p => p.Allows(role));

    /// <summary>Who may open the page, as the office says it (for the "access denied" page).</summary>
    public static string Who(IkdPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return string.Join(", ", page.Roles.Select(RoleLabels.Of));
    }
}
