namespace Chatbot.Core.Conversations;

/// <summary>
/// Everything remembered about one conversation, saved as one document with an ETag so that a turn reads it in one
/// round trip and a concurrent writer is detected. The conversation record decides who answers, never the bot.
/// </summary>
public sealed class ConversationState
{
    public required string ConversationId { get; init; }

    public ConversationMode Mode { get; set; } = ConversationMode.Bot;

    /// <summary>"id" or "en".</summary>
    public string Language { get; set; } = "id";

    public string? ProfileName { get; set; }

    /// <summary>Last message from the citizen: opens WhatsApp's 24-hour window for free text.</summary>
    public DateTimeOffset? LastInboundAt { get; set; }

    /// <summary>Last turn of any kind; a long pause expires an unfinished flow (the bot offers to resume).</summary>
    public DateTimeOffset? LastActivityAt { get; set; }

    /// <summary>When the citizen asked for an operator (mode Queued), for the queue position.</summary>
    public DateTimeOffset? QueuedAt { get; set; }

    /// <summary>Operator holding the conversation (mode WithOperator).</summary>
    public string? Operator { get; set; }

    /// <summary>The dialog engine's stack and values, serialised by the engine; opaque here.</summary>
    public string? DialogState { get; set; }

    /// <summary>An unfinished flow set aside by expiry or a global word, offered for resumption.</summary>
    public string? SuspendedDialogState { get; set; }

    /// <summary>Set by the store on load; checked on commit.</summary>
    public string? ETag { get; set; }

    public bool InsideWindow(DateTimeOffset now) => LastInboundAt is { } at && now - at < TimeSpan.FromHours(24);
}
