using Chatbot.Core.Identity;
using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Chatbot.Twilio;

namespace Chatbot.Web.Webhook;

/// <summary>
/// POST /twilio/whatsapp, behind <see cref="TwilioRequestFilter{T}"/>: accept the message into the inbox (one Redis
/// round trip; a repeat is dropped there) and acknowledge with an empty TwiML response. Nothing else happens inside
/// the request.
/// </summary>
public static class WhatsAppWebhook
{
    public static async Task<IResult> HandleAsync(HttpContext context, IInbox inbox, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var message = TwilioWebhookForm.Get<InboundMessage>(context);
        var fresh = await inbox.AcceptAsync(message, cancellationToken);
        loggers.CreateLogger(typeof(WhatsAppWebhook)).LogDebug("Message {MessageId} from {Conversation} {Outcome}", message.MessageId,
            Masking.Phone(message.ConversationId), fresh ? "accepted" : "was a repeat");
        return TwiML.Empty();
    }
}
