namespace Chatbot.Desk;

// What the console and the REST API show. Every text here is data: whoever renders it encodes it.

/// <summary>A conversation as the console shows it.</summary>
public sealed record ConversationView(
    string Id,
    string MaskedPhone,
    string? ProfileName,
    string Language,
    string Mode,
    string? Operator,
    bool InsideWindow,
    DateTimeOffset? WindowClosesAt,
    DateTimeOffset? QueuedAt,
    bool HasSuspendedRequest,
    IReadOnlyList<TranscriptLine> Transcript,
    IReadOnlyList<CaseListItem> Cases);

/// <summary>
/// One line of the transcript. Kind: "message" (said to or by the citizen), "template" (an approved template sent
/// outside the window), "note" (a private note, never sent), "system". Delivery: the latest tick of an outbound line.
/// </summary>
public sealed record TranscriptLine(
    string Id,
    string Speaker,
    string Kind,
    string Text,
    DateTimeOffset At,
    string? Author,
    IReadOnlyList<MediaLink> Media,
    string? Delivery,
    string? DeliveryError);

/// <summary>A photo or PDF, fetched through the service's media proxy (<see cref="Url"/> is /api/media?url=…).</summary>
public sealed record MediaLink(string Url, string ContentType, long? SizeBytes)
{
    /// <summary>The console's link to a provider's media item: the service fetches it with the credentials the browser never sees.</summary>
    public static MediaLink Of(string url, string contentType, long? sizeBytes) =>
        new("/api/media?url=" + Uri.EscapeDataString(url ?? string.Empty), contentType, sizeBytes);
}

/// <summary>A case in a list: never the NIK beyond the masked one.</summary>
public sealed record CaseListItem(
    string Code,
    string Service,
    string Queue,
    string Status,
    int Priority,
    string FullName,
    string MaskedNik,
    string ConversationId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>A case in full, NIK masked (revealing it is a separate, audited call). The pickup code is never shown: the counter checks the citizen's.</summary>
public sealed record CaseView(
    string Code,
    string Service,
    string Queue,
    string Status,
    int Priority,
    string FullName,
    string MaskedNik,
    string ConversationId,
    string MaskedPhone,
    string Language,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyDictionary<string, string> Fields,
    IReadOnlyList<MediaLink> Attachments,
    IReadOnlyList<HistoryLine> History,
    IReadOnlyList<NoteLine> Notes,
    string? TrackingNumber,
    bool HasPickupCode,
    IReadOnlyList<string> NextStatuses);

public sealed record HistoryLine(string Status, DateTimeOffset At, string By, string? Note);

public sealed record NoteLine(DateTimeOffset At, string Author, string Text);

/// <summary>What a status change did: the case now, and whether and how the citizen was told.</summary>
public sealed record CaseChangeView(CaseView Case, bool CitizenNotified, bool AsTemplate, bool NoticeFailed, string? Message);

/// <summary>The answer to an action on a conversation: the conversation now.</summary>
public sealed record ConversationChangeView(ConversationView Conversation, string? Message);
