using Chatbot.Core.Messaging;
using Chatbot.Twilio;

namespace Chatbot.Web.Webhook;

public static class WebhookEndpoints
{
    public static IEndpointRouteBuilder MapTwilioWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(TwilioPaths.WhatsAppWebhook, WhatsAppWebhook.HandleAsync)
            .ValidateTwilioRequest<InboundMessage>("WhatsApp webhook", TwilioInboundForm.ToInboundMessage, message => "message " + message.MessageId)
            .ExcludeFromDescription();
        endpoints.MapPost(TwilioPaths.StatusCallback, StatusCallbackWebhook.HandleAsync)
            .ValidateTwilioRequest<StatusUpdate>("status callback", TwilioStatusForm.ToStatusUpdate, update => "status of " + update.ProviderMessageId)
            .ExcludeFromDescription();
        return endpoints;
    }
}
