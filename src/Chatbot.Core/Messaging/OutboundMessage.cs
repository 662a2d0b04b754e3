namespace Chatbot.Core.Messaging;

/// <summary>
/// Something the bot or an operator says to a citizen. Either free text (with optional media) or, outside WhatsApp's
/// 24-hour window, an approved <see cref="Template"/>.
/// </summary>
public sealed record OutboundMessage
{
    /// <summary>Our own id, fixed when the message is queued; the provider's id arrives later.</summary>
    public required string Id { get; init; }

    /// <summary>The citizen's E.164 number.</summary>
    public required string ConversationId { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<string> MediaUrls { get; init; } = [];

    public TemplateContent? Template { get; init; }

    public required MessageOrigin Origin { get; init; }

    /// <summary>Operator user name when <see cref="Origin"/> is Operator.</summary>
    public string? Author { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public static OutboundMessage FromBot(string conversationId, string text, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        ConversationId = conversationId,
        Text = text,
        Origin = MessageOrigin.Bot,
        CreatedAt = now,
    };
}

public enum MessageOrigin
{
    Bot,
    Operator,
    System,
}
