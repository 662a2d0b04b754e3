namespace Chatbot.Core.Routing;

/// <summary>
/// Who gets an item of a queue: among the operators who have the queue's skill, are <see cref="Presence.Tersedia"/>,
/// have room below their capacity (a pending offer counts) and are not excluded for this item (they let it expire or
/// declined it a moment ago), the least busy, then the longest idle, then by name (so that the choice is stable).
/// </summary>
public static class OperatorSelector
{
    public static bool IsEligible(OperatorStatus candidate, string queue) =>
        candidate.Presence == Presence.Tersedia && candidate.HasRoom && candidate.HasSkill(queue);

    public static OperatorStatus? SelectBest(IEnumerable<OperatorStatus> operators, string queue, Func<string, bool>? excluded = null) =>
        operators
            .Where(o => IsEligible(o, queue) && !(excluded?.Invoke(o.UserName) ?? false))
            .OrderBy(o => o.Load)
            .ThenBy(o => o.IdleSince)
            .ThenBy(o => o.UserName, StringComparer.Ordinal)
            .FirstOrDefault();
}
