namespace Chatbot.Core.Accounts;

/// <summary>
/// Something an account may do in the console and its API. Which role has which is <see cref="RoleCapabilities"/>; the
/// API's policies, the console's pages and its navigation are built from that table, and GET /api/me lists the
/// signed-in account's capabilities (<see cref="CapabilityNames"/>) so the browser keeps no copy of the rules.
/// </summary>
public enum Capability
{
    /// <summary>Citizens' cases and conversations: the case list, a conversation, replies, the event stream, media, presence and offers.</summary>
    WorkCases,

    /// <summary>Every queue and every conversation, also one another operator holds (take over, hand back, transfer).</summary>
    SuperviseQueues,

    /// <summary>The dashboard: queues, SLA breaches, every operator's presence and load.</summary>
    ViewDashboard,

    /// <summary>The audit log.</summary>
    ViewAudit,

    /// <summary>The cases as CSV.</summary>
    ExportCases,

    /// <summary>Creating, resetting and switching off accounts.</summary>
    ManageAccounts,

    /// <summary>The IKD activation sessions page, each session's bookings and the institutions.</summary>
    ViewIkdSessions,

    /// <summary>Creating, editing, cancelling and reminding IKD sessions; adding institutions.</summary>
    ManageIkdSessions,

    /// <summary>IKD check-in: finding a booking and recording its outcome.</summary>
    CheckInIkd,

    /// <summary>The IKD activation progress (and its CSV).</summary>
    ViewIkdProgress,

    /// <summary>IKD group bookings (a coordinator's own institution's only, unless <see cref="SeeEveryInstitution"/>).</summary>
    BookIkdGroups,

    /// <summary>Not limited to one institution: without it an account sees only its own institution's sessions and groups.</summary>
    SeeEveryInstitution,
}
