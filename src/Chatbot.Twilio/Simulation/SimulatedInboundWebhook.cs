using System.Globalization;

namespace Chatbot.Twilio.Simulation;

/// <summary>
/// The form Twilio posts to our WhatsApp webhook when a citizen writes, field for field as Twilio sends it, and its
/// X-Twilio-Signature computed with the account's auth token.
/// </summary>
public static class SimulatedInboundWebhook
{
    public static IReadOnlyList<KeyValuePair<string, string>> Form(SimulatedCitizenMessage message, TwilioOptions options)
    {
        var digits = message.Phone.TrimStart('+');
        var fields = new List<KeyValuePair<string, string>>
        {
            new(SimulationFields.SmsMessageSid, message.MessageSid),
            new(TwilioFields.NumMedia, message.Media.Count.ToString(CultureInfo.InvariantCulture)),
            new(TwilioFields.ProfileName, message.ProfileName ?? string.Empty),
            new(SimulationFields.MessageType, message.Media.Count > 0 ? MediaKind(message.Media[0].ContentType) : "text"),
            new(SimulationFields.SmsSid, message.MessageSid),
            new(TwilioFields.WaId, digits),
            new(SimulationFields.SmsStatus, "received"),
            new(TwilioFields.Body, message.Text),
            new(SimulationFields.To, options.WhatsAppFrom),
            new(SimulationFields.NumSegments, "1"),
            new(SimulationFields.ReferralNumMedia, "0"),
            new(TwilioFields.MessageSid, message.MessageSid),
            new(SimulationFields.AccountSid, options.AccountSid),
            new(TwilioFields.From, TwilioAddress.ToWhatsApp(message.Phone)),
            new(SimulationFields.ApiVersion, SimulationFields.ApiVersionValue),
        };

        for (var i = 0; i < message.Media.Count && i < TwilioFields.MaxMedia; i++)
        {
            fields.Add(new(TwilioFields.MediaContentType(i), message.Media[i].ContentType));
            fields.Add(new(TwilioFields.MediaUrl(i), message.Media[i].Url));
        }

        return fields;
    }

    /// <summary>The signature Twilio would send for this form posted to <paramref name="signedUrl"/>.</summary>
    public static string Signature(IEnumerable<KeyValuePair<string, string>> form, string signedUrl, TwilioOptions options) =>
        TwilioSignature.Compute(options.AuthToken, signedUrl, form);

    public static string SignatureHeader => TwilioHeaders.Signature;

    private static string MediaKind(string contentType) =>
        contentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase) ? "image"
        : contentType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) ? "audio"
        : contentType.StartsWith("video/", StringComparison.OrdinalIgnoreCase) ? "video"
        : "document";
}
