using Chatbot.Core.Messaging;
using Chatbot.Twilio;
using Chatbot.Twilio.Simulation;

namespace Chatbot.Web.Tests;

/// <summary>Webhook requests as Twilio sends them, built with the simulator's Twilio-shaped forms and signed with the test auth token.</summary>
public static class SignedRequests
{
    public static TwilioOptions Options { get; } = new()
    {
        AccountSid = ChatbotAppFactory.AccountSid,
        AuthToken = ChatbotAppFactory.AuthToken,
        WhatsAppFrom = ChatbotAppFactory.WhatsAppFrom,
        PublicBaseUrl = ChatbotAppFactory.PublicBaseUrl,
    };

    public static SimulatedCitizenMessage Citizen(string phone = "+6281234567890", string text = "halo", string? messageSid = null, IReadOnlyList<MediaRef>? media = null) =>
        new(messageSid ?? SimulatedSid.Message(), phone, "Budi Santoso", text, media ?? []);

    public static List<KeyValuePair<string, string>> InboundForm(SimulatedCitizenMessage message) =>
        SimulatedInboundWebhook.Form(message, Options).ToList();

    public static HttpRequestMessage Post(string path, IReadOnlyList<KeyValuePair<string, string>> form, string? signature = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        signature = signature == string.Empty ? Sign(path, form) : signature;
        if (signature is not null) request.Headers.TryAddWithoutValidation(TwilioHeaders.Signature, signature);
        return request;
    }

    public static string Sign(string path, IReadOnlyList<KeyValuePair<string, string>> form) =>
        TwilioSignature.Compute(ChatbotAppFactory.AuthToken, ChatbotAppFactory.PublicBaseUrl + path, form);

    public static HttpRequestMessage Inbound(SimulatedCitizenMessage message) => Post(TwilioPaths.WhatsAppWebhook, InboundForm(message));
}
