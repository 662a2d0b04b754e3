using Chatbot.Core.Messaging;
using Newtonsoft.Json;

namespace Chatbot.Twilio;

/// <summary>The form fields of "create a Message" (POST …/Messages.json) for one outbound WhatsApp message.</summary>
public static class TwilioMessageForm
{
    /// <summary>Why the message cannot be sent as it is, or null. Checked before calling Twilio.</summary>
    public static string? Problem(OutboundMessage message)
    {
        if (!TwilioAddress.TryE164(message.ConversationId, out _)) return $"'{message.ConversationId}' is not an E.164 number";
        if (message.Template is { } template)
            return string.IsNullOrWhiteSpace(template.ContentSid) ? "the template has no ContentSid" : null;
        if (string.IsNullOrEmpty(message.Text) && message.MediaUrls.Count == 0) return "the message has neither text nor media";
        if (message.MediaUrls.Count > TwilioFields.MaxMedia) return $"WhatsApp takes at most {TwilioFields.MaxMedia} media items";
        return null;
    }

    /// <summary>
    /// To, From, then either the template (ContentSid, ContentVariables as a JSON object string) or free text and
    /// media (MediaUrl repeated). A template carries its own text, so Text and MediaUrls are not sent with it.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Fields(OutboundMessage message, TwilioOptions options)
    {
        TwilioAddress.TryE164(message.ConversationId, out var to);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("To", TwilioAddress.ToWhatsApp(to)),
            new("From", options.WhatsAppFrom),
        };

        if (message.Template is { } template)
        {
            fields.Add(new("ContentSid", template.ContentSid));
            if (template.Variables.Count > 0)
                fields.Add(new("ContentVariables", JsonConvert.SerializeObject(template.Variables)));
        }
        else
        {
            if (!string.IsNullOrEmpty(message.Text)) fields.Add(new("Body", message.Text));
            fields.AddRange(message.MediaUrls.Select(url => new KeyValuePair<string, string>("MediaUrl", url)));
        }

        if (StatusCallbackUrl(options) is { } callback) fields.Add(new("StatusCallback", callback));
        return fields;
    }

    /// <summary>Delivery reports need a URL Twilio can reach, so only when the public base URL is configured.</summary>
    public static string? StatusCallbackUrl(TwilioOptions options) =>
        string.IsNullOrWhiteSpace(options.PublicBaseUrl) ? null : options.PublicBaseUrl.TrimEnd('/') + TwilioPaths.StatusCallback;
}
