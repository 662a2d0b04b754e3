using Chatbot.Core.Messaging;

namespace Chatbot.Dialogs;

/// <summary>
/// One message in or out of a turn, shaped like Bot Builder's Activity but holding only what WhatsApp carries.
/// Mutable on purpose (as in Bot Builder): prompts keep activities in their options, which are serialised with the dialog state.
/// </summary>
public sealed class Activity
{
    public const string MessageType = "message";

    private string _text = string.Empty;
    private IReadOnlyList<MediaRef> _attachments = [];

    public string Type { get; set; } = MessageType;

    public string? Id { get; set; }

    /// <summary>Never null, so that recognizers need no null checks.</summary>
    public string Text
    {
        get => _text;
        set => _text = value ?? string.Empty;
    }

    public string? ConversationId { get; set; }

    public string? Locale { get; set; }

    public DateTimeOffset Timestamp { get; set; }

    /// <summary>Kept as a plain list so that the activity serialises without compiler-generated collection types.</summary>
    public IReadOnlyList<MediaRef> Attachments
    {
        get => _attachments;
        set => _attachments = value is null ? new List<MediaRef>() : value.ToList();
    }

    public GeoLocation? Location { get; set; }

    /// <summary>Payload of the quick-reply button the citizen tapped, if any.</summary>
    public string? ButtonPayload { get; set; }

    public static Activity FromInbound(InboundMessage m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new Activity
        {
            Id = m.MessageId,
            Text = m.Text,
            ConversationId = m.ConversationId,
            Timestamp = m.ReceivedAt,
            Attachments = m.Media,
            Location = m.Location,
            ButtonPayload = m.ButtonPayload,
        };
    }

    public static Activity CreateMessage(string text) => new() { Text = text };

    /// <summary>A shallow copy, so that sending a prompt kept in dialog state never changes the stored one.</summary>
    public Activity Clone() => (Activity)MemberwiseClone();
}
