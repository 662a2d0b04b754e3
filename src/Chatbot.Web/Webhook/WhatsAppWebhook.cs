using Chatbot.Core.Ports;
using Chatbot.Twilio;
using Chatbot.Web.Diagnostics;

namespace Chatbot.Web.Webhook;

/// <summary>
/// POST /twilio/whatsapp: check the signature, read the form, accept it into the inbox (one Redis round trip; a repeat
/// is dropped there) and acknowledge with an empty TwiML response. Nothing else happens inside the request.
/// </summary>
public static class WhatsAppWebhook
{
    public static async Task<IResult> HandleAsync(
        HttpRequest request,
        TwilioRequestValidator validator,
        IInbox inbox,
        TimeProvider clock,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(WhatsAppWebhook));
        if (WebhookBodyLimit.IsExceeded(request)) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);

        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            logger.LogWarning("Refused a WhatsApp webhook (checked against {Url}): {Failure}", validation.SignedUrl, validation.Failure);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var parsed = TwilioInboundForm.ToInboundMessage(validation.Form, clock.GetUtcNow());
        if (!parsed.IsParsed)
        {
            logger.LogWarning("Bad WhatsApp webhook form: {Error}", parsed.Error);
            return Results.BadRequest(parsed.Error);
        }

        try
        {
            var fresh = await inbox.AcceptAsync(parsed.Value, cancellationToken);
            logger.LogDebug("Message {MessageId} from {Conversation} {Outcome}", parsed.Value.MessageId,
                SensitiveText.MaskConversation(parsed.Value.ConversationId), fresh ? "accepted" : "was a repeat");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return StoreUnavailable.Result(logger, ex, "message " + parsed.Value.MessageId);
        }

        return TwiML.Empty();
    }
}
