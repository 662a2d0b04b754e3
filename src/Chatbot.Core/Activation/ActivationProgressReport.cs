namespace Chatbot.Core.Activation;

/// <summary>
/// The IKD progress over a range of days: per area, per day, and the totals (an area line with the id "total": the sums,
/// with the rates computed from the sums, not averaged).
/// </summary>
public sealed record ActivationProgressReport(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<ActivationProgressArea> Areas,
    IReadOnlyList<ActivationProgressDay> Days,
    ActivationProgressArea Totals);
