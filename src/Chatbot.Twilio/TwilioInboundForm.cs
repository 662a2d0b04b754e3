using System.Globalization;
using Chatbot.Core.Messaging;
using Microsoft.AspNetCore.Http;

namespace Chatbot.Twilio;

/// <summary>Reads Twilio's incoming WhatsApp message webhook form into the product's <see cref="InboundMessage"/>.</summary>
public static class TwilioInboundForm
{
    private const string DefaultMediaType = "application/octet-stream";

    public static TwilioFormResult<InboundMessage> ToInboundMessage(IFormCollection form, DateTimeOffset receivedAt) =>
        Parse(TwilioFormFields.From(form), receivedAt);

    public static TwilioFormResult<InboundMessage> ToInboundMessage(IEnumerable<KeyValuePair<string, string>> form, DateTimeOffset receivedAt) =>
        Parse(new TwilioFormFields(form), receivedAt);

    private static TwilioFormResult<InboundMessage> Parse(TwilioFormFields fields, DateTimeOffset receivedAt)
    {
        var messageSid = fields.Take(TwilioFields.MessageSid);
        if (messageSid is null) return TwilioFormResult<InboundMessage>.BadRequest($"{TwilioFields.MessageSid} is missing");

        var from = fields.Take(TwilioFields.From);
        if (from is null) return TwilioFormResult<InboundMessage>.BadRequest($"{TwilioFields.From} is missing");

        // WaId is WhatsApp's own id of the sender (digits of the number): the most reliable source when present.
        var waId = fields.Take(TwilioFields.WaId);
        if (!(TwilioAddress.TryE164(waId, out var conversationId) || TwilioAddress.TryE164(from, out conversationId)))
            return TwilioFormResult<InboundMessage>.BadRequest($"{TwilioFields.From} is not a phone number");

        fields.Ignore(TwilioFields.NumMedia);
        return TwilioFormResult<InboundMessage>.Parsed(new InboundMessage
        {
            MessageId = messageSid,
            ConversationId = conversationId,
            ProfileName = WithoutControlCharacters(fields.Take(TwilioFields.ProfileName)),
            Text = fields.Take(TwilioFields.Body) ?? string.Empty,
            Media = ReadMedia(fields),
            Location = ReadLocation(fields),
            ButtonPayload = fields.Take(TwilioFields.ButtonPayload),
            ButtonText = fields.Take(TwilioFields.ButtonText),
            RepliedToMessageId = fields.Take(TwilioFields.OriginalRepliedMessageSid),
            ReceivedAt = receivedAt,
            Extra = fields.Rest(),
        });
    }

    /// <summary>Only the MediaUrlN fields actually present count; NumMedia is never used to allocate or loop.</summary>
    private static List<MediaRef> ReadMedia(TwilioFormFields fields)
    {
        var media = new List<MediaRef>();
        for (var i = 0; i < TwilioFields.MaxMedia; i++)
        {
            var url = fields.Take(TwilioFields.MediaUrl(i));
            var contentType = fields.Take(TwilioFields.MediaContentType(i));
            if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                continue;
            media.Add(new MediaRef(url, contentType ?? DefaultMediaType));
        }

        return media;
    }

    private static GeoLocation? ReadLocation(TwilioFormFields fields)
    {
        var latitude = fields.Take(TwilioFields.Latitude);
        var longitude = fields.Take(TwilioFields.Longitude);
        var address = fields.Take(TwilioFields.Address);
        var label = fields.Take(TwilioFields.Label);
        if (!TryCoordinate(latitude, 90, out var lat) || !TryCoordinate(longitude, 180, out var lon)) return null;
        return new GeoLocation(lat, lon, address, label);
    }

    private static bool TryCoordinate(string? text, double limit, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value) && Math.Abs(value) <= limit;

    /// <summary>The profile name is echoed in greetings and shown in the console: no NUL or other control characters.</summary>
    private static string? WithoutControlCharacters(string? text) =>
        text is null ? null : new string(text.Where(c => !char.IsControl(c)).ToArray()).Trim();
}
