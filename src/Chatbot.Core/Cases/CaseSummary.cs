namespace Chatbot.Core.Cases;

/// <summary>What a citizen sees of one of their cases under "status"; no NIK beyond the masked one.</summary>
public sealed record CaseSummary(CaseCode Code, string Service, CaseStatus Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string MaskedNik, long? QueuePosition)
{
    /// <summary>How the printed card reaches the citizen once chosen (<see cref="CaseFields.Delivery"/>), else null.</summary>
    public string? Delivery { get; init; }

    /// <summary>The Pos tracking number once shipped.</summary>
    public string? TrackingNumber { get; init; }
}
