using Chatbot.Core.Accounts;

namespace Chatbot.Web.OperatorConsole;

/// <summary>One IKD page of the console: its address, its navigation label, its script and the capability it needs.</summary>
public sealed record IkdPage(string Key, string Path, string Label, string Title, string Script, Capability Needs)
{
    public bool Allows(OperatorRole role) => RoleCapabilities.Allows(role, Needs);
}

/// <summary>
/// The console's pages for IKD (digital ID) activation sessions, each opened by one capability of
/// <see cref="RoleCapabilities"/> (the REST API under /api/ikd checks the same on its own).
/// </summary>
public static class IkdPages
{
    public const string Root = ConsolePaths.Root + "/ikd";

    public static readonly IkdPage Sessions = new("ikd-sessions", Root + "/sessions", "Sesi IKD", "Sesi aktivasi IKD", "sessions.js", Capability.ViewIkdSessions);

    public static readonly IkdPage CheckIn = new("ikd-checkin", Root + "/checkin", "Check-in IKD", "Check-in aktivasi IKD", "checkin.js", Capability.CheckInIkd);

    public static readonly IkdPage Progress = new("ikd-progress", Root + "/progress", "Capaian IKD", "Capaian aktivasi IKD", "progress.js", Capability.ViewIkdProgress);

    public static readonly IkdPage Groups = new("ikd-groups", Root + "/groups", "Rombongan IKD", "Pendaftaran rombongan IKD", "groups.js", Capability.BookIkdGroups);

    public static readonly IReadOnlyList<IkdPage> All = [Sessions, CheckIn, Progress, Groups];

    public static IEnumerable<IkdPage> For(OperatorRole role) => All.Where(p => p.Allows(role));
}
