namespace Chatbot.Core.Cases;

/// <summary>
/// A file the citizen sent for one requirement of the service (the media stays at the provider; this is where it is
/// and what it claimed to be when checked).
/// </summary>
public sealed record CaseDocument
{
    /// <summary>The requirement's id in the service file (dialogs/services/{service}.json), e.g. "buku-nikah".</summary>
    public required string RequirementId { get; init; }

    public required string MediaUrl { get; init; }

    public required string ContentType { get; init; }

    public long? SizeBytes { get; init; }

    public CaseDocumentStatus Status { get; init; } = CaseDocumentStatus.Received;

    public required DateTimeOffset ReceivedAt { get; init; }
}
