using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Chatbot.Twilio;

namespace Chatbot.Web.Webhook;

/// <summary>POST /twilio/status, behind <see cref="TwilioRequestFilter{T}"/>: Twilio's delivery report (sent, delivered, read, failed) into the delivery log.</summary>
public static class StatusCallbackWebhook
{
    public static async Task<IResult> HandleAsync(HttpContext context, IDeliveryLog deliveries, CancellationToken cancellationToken)
    {
        await deliveries.ApplyAsync(TwilioWebhookForm.Get<StatusUpdate>(context), cancellationToken);
        return TwiML.Empty();
    }
}
