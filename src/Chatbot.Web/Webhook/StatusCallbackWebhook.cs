using Chatbot.Core.Ports;
using Chatbot.Twilio;

namespace Chatbot.Web.Webhook;

/// <summary>POST /twilio/status: Twilio's delivery report (sent, delivered, read, failed) into the delivery log.</summary>
public static class StatusCallbackWebhook
{
    public static async Task<IResult> HandleAsync(
        HttpRequest request,
        TwilioRequestValidator validator,
        IDeliveryLog deliveries,
        TimeProvider clock,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(StatusCallbackWebhook));
        if (WebhookBodyLimit.IsExceeded(request)) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);

        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            logger.LogWarning("Refused a status callback (checked against {Url}): {Failure}", validation.SignedUrl, validation.Failure);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var parsed = TwilioStatusForm.ToStatusUpdate(validation.Form, clock.GetUtcNow());
        if (!parsed.IsParsed)
        {
            logger.LogWarning("Bad status callback form: {Error}", parsed.Error);
            return Results.BadRequest(parsed.Error);
        }

        try
        {
            await deliveries.ApplyAsync(parsed.Value, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return StoreUnavailable.Result(logger, ex, "status of " + parsed.Value.ProviderMessageId);
        }

        return TwiML.Empty();
    }
}
