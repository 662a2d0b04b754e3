namespace Chatbot.Core.Accounts;

/// <summary>
/// The one table of who may do what. The office's staff (operators, supervisors, admins) work citizens' cases; an
/// institution's coordinator books IKD seats for their own institution and reaches nothing of citizens' cases or
/// conversations (UU 27/2022). Supervisors oversee queues and IKD sessions; admins also manage accounts.
/// </summary>
public static class RoleCapabilities
{
    private static readonly Capability[] Staff =
        [Capability.WorkCases, Capability.ViewIkdSessions, Capability.CheckInIkd, Capability.SeeEveryInstitution];

    private static readonly Capability[] Supervision =
        [Capability.SuperviseQueues, Capability.ViewDashboard, Capability.ViewAudit, Capability.ExportCases,
         Capability.ManageIkdSessions, Capability.ViewIkdProgress, Capability.BookIkdGroups];

    private static readonly IReadOnlyDictionary<OperatorRole, IReadOnlySet<Capability>> Table = new Dictionary<OperatorRole, IReadOnlySet<Capability>>
    {
        [OperatorRole.Operator] = new HashSet<Capability>(Staff),
        [OperatorRole.Supervisor] = new HashSet<Capability>([.. Staff, .. Supervision]),
        [OperatorRole.Admin] = new HashSet<Capability>([.. Staff, .. Supervision, Capability.ManageAccounts]),
        [OperatorRole.Coordinator] = new HashSet<Capability>([Capability.BookIkdGroups]),
    };

    public static bool Allows(OperatorRole role, Capability capability) => Table.TryGetValue(role, out var granted) && granted.Contains(capability);

    /// <summary>The role's capabilities in the enum's order (the order GET /api/me lists them).</summary>
    public static IReadOnlyList<Capability> Of(OperatorRole role) => Enum.GetValues<Capability>().Where(c => Allows(role, c)).ToList();

    /// <summary>The roles that have <paramref name="capability"/>, in the enum's order.</summary>
    public static IReadOnlyList<OperatorRole> RolesWith(Capability capability) => Enum.GetValues<OperatorRole>().Where(r => Allows(r, capability)).ToList();
}
