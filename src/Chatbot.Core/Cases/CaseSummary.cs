namespace Chatbot.Core.Cases;

/// <summary>What a citizen sees of one of their cases under "status"; no NIK beyond the masked one.</summary>
public sealed record CaseSummary(CaseCode Code, string Service, CaseStatus Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string MaskedNik, long? QueuePosition);
