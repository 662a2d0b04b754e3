using Chatbot.Core.Cases;

namespace Chatbot.Redis;

/// <summary>
/// Sorted-set score of a waiting case: ascending order puts higher priority first, then older first. Exact in a
/// double: |priority| ≤ 100 times 10^13 plus a unix time in ms stays far below 2^53.
/// </summary>
internal static class CaseQueueScore
{
    private const double PriorityStep = 1e13;

    public static double Of(ServiceCase serviceCase) =>
        -Math.Clamp(serviceCase.Priority, -100, 100) * PriorityStep + serviceCase.CreatedAt.ToUnixTimeMilliseconds();

    /// <summary>A case waits in its queue while it is new; an operator taking it (Diproses) takes it out.</summary>
    public static bool Waits(CaseStatus status) => status == CaseStatus.Baru;
}
