namespace Chatbot.Core.Routing;

/// <summary>Queue and service names routing reserves.</summary>
public static class RoutingQueues
{
    /// <summary>The supervisors' queue: items whose first-response target passed. Supervisors (and admins) serve it.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>The "service" of a conversation waiting for an operator (the citizen typed "petugas"); also its default queue.</summary>
    public const string HandoffService = "petugas";

    /// <summary>The case field holding the kecamatan (the area of per-area queues).</summary>
    public const string AreaField = "kecamatan";

    /// <summary>True for an id usable as a queue id (stored between separators): letters, digits, '-', '_', '.'.</summary>
    public static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
