namespace Chatbot.Twilio;

/// <summary>HTTP header names of Twilio's webhooks.</summary>
public static class TwilioHeaders
{
    public const string Signature = "X-Twilio-Signature";
}
