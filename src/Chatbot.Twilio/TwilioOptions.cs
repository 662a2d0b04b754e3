namespace Chatbot.Twilio;

/// <summary>Settings of the "Twilio" configuration section. Secrets (AuthToken) come from the environment or user secrets only.</summary>
public sealed class TwilioOptions
{
    public const string SectionName = "Twilio";

    public const string DefaultApiBaseUrl = "https://api.twilio.com";

    /// <summary>The account's SID: "AC" followed by 32 hex digits.</summary>
    public string AccountSid { get; set; } = string.Empty;

    /// <summary>Signs webhooks and authenticates API calls.</summary>
    public string AuthToken { get; set; } = string.Empty;

    /// <summary>
    /// The SharedKey of a Twilio Webhooks Rule Setting, when one matches our webhook URLs: such webhooks carry
    /// X-Twilio-Webhooks-Signature-Settings and are signed with this key (HMAC-SHA256) instead of the auth token.
    /// Empty: only auth-token signatures are accepted. A secret: environment (Twilio__WebhookSharedKey) only.
    /// </summary>
    public string? WebhookSharedKey { get; set; }

    /// <summary>Our WhatsApp sender, e.g. "whatsapp:+14155238886".</summary>
    public string WhatsAppFrom { get; set; } = string.Empty;

    /// <summary>Twilio's REST API; tests point it at Prism or a local sink.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>
    /// The public https URL Twilio calls when the app runs behind a proxy (e.g. "https://adminduk.example.go.id").
    /// Signatures are checked against it, and status callbacks point at it.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Outbound rate shared by all instances (Twilio's default WhatsApp throughput is 80 MPS).</summary>
    public int MaxMessagesPerSecond { get; set; } = 80;

    /// <summary>Timeout of one API call; a timeout is a transient failure.</summary>
    public int RequestTimeoutSeconds { get; set; } = 15;
}
