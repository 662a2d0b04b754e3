namespace Chatbot.Core.Activation;

/// <summary>
/// One area's line of the progress report. Rates and percentages are null when their denominator is zero.
/// <see cref="PercentOfWajibKtp"/> and <see cref="PercentOfTarget"/> are percentages (0–100, two decimals);
/// <see cref="FillRate"/> and <see cref="NoShowRate"/> are fractions (0–1, four decimals).
/// </summary>
public sealed record ActivationProgressArea(
    string AreaId,
    string Name,
    int WajibKtp,
    decimal TargetPercent,
    int TargetCount,
    int ActivatedTotal,
    decimal? PercentOfWajibKtp,
    decimal? PercentOfTarget,
    int Sessions,
    int Capacity,
    int Taken,
    decimal? FillRate,
    int Activated,
    int Failed,
    int NoShow,
    decimal? NoShowRate);
