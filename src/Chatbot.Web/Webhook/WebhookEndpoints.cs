using Chatbot.Twilio;

namespace Chatbot.Web.Webhook;

public static class WebhookEndpoints
{
    public static IEndpointRouteBuilder MapTwilioWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(TwilioPaths.WhatsAppWebhook, WhatsAppWebhook.HandleAsync)
            .WithMetadata(WebhookBodyLimit.Instance)
            .DisableAntiforgery()
            .ExcludeFromDescription();
        endpoints.MapPost(TwilioPaths.StatusCallback, StatusCallbackWebhook.HandleAsync)
            .WithMetadata(WebhookBodyLimit.Instance)
            .DisableAntiforgery()
            .ExcludeFromDescription();
        return endpoints;
    }
}
