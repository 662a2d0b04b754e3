namespace Chatbot.Core.Messaging;

/// <summary>
/// A citizen's message as the product sees it, whatever the provider. <see cref="ConversationId"/> is the citizen's
/// E.164 number: one WhatsApp number, one conversation.
/// </summary>
public sealed record InboundMessage
{
    /// <summary>The provider's id (Twilio MessageSid); the key for dropping repeats.</summary>
    public required string MessageId { get; init; }

    public required string ConversationId { get; init; }

    public string? ProfileName { get; init; }

    public string Text { get; init; } = string.Empty;

    public IReadOnlyList<MediaRef> Media { get; init; } = [];

    public GeoLocation? Location { get; init; }

    /// <summary>Payload of a quick-reply button the citizen tapped.</summary>
    public string? ButtonPayload { get; init; }

    public string? ButtonText { get; init; }

    public string? RepliedToMessageId { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Fields the provider sent that the product does not model; kept, never a reason to refuse.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();
}
