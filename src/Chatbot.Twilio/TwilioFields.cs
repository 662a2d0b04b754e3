namespace Chatbot.Twilio;

/// <summary>Form field names of Twilio's WhatsApp webhooks and status callbacks; the only place that spells them.</summary>
public static class TwilioFields
{
    public const string MessageSid = "MessageSid";
    public const string From = "From";
    public const string WaId = "WaId";
    public const string ProfileName = "ProfileName";
    public const string Body = "Body";
    public const string NumMedia = "NumMedia";
    public const string MediaUrlPrefix = "MediaUrl";
    public const string MediaContentTypePrefix = "MediaContentType";
    public const string ButtonPayload = "ButtonPayload";
    public const string ButtonText = "ButtonText";
    public const string Latitude = "Latitude";
    public const string Longitude = "Longitude";
    public const string Address = "Address";
    public const string Label = "Label";
    public const string OriginalRepliedMessageSid = "OriginalRepliedMessageSid";
    public const string MessageStatus = "MessageStatus";
    public const string ErrorCode = "ErrorCode";
    public const string ErrorMessage = "ErrorMessage";

    /// <summary>Twilio sends at most 10 media items per message; more indexes are ignored, whatever NumMedia says.</summary>
    public const int MaxMedia = 10;

    public static string MediaUrl(int index) => MediaUrlPrefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string MediaContentType(int index) => MediaContentTypePrefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
