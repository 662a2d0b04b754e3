namespace Chatbot.Twilio;

/// <summary>Our webhook routes, shared by the host (which maps them) and the client (which sends StatusCallback).</summary>
public static class TwilioPaths
{
    public const string WhatsAppWebhook = "/twilio/whatsapp";

    public const string StatusCallback = "/twilio/status";
}
