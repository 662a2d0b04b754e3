namespace Chatbot.Twilio;

/// <summary>HTTP header names of Twilio's webhooks.</summary>
public static class TwilioHeaders
{
    public const string Signature = "X-Twilio-Signature";

    /// <summary>Present when a Webhooks Rule's SharedKey signed the request: "key=KS…,algorithm=HMAC_SHA256".</summary>
    public const string SignatureSettings = "X-Twilio-Webhooks-Signature-Settings";
}
