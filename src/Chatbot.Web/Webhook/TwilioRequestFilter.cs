using Chatbot.Core.Identity;
using Chatbot.Core.Ports;
using Chatbot.Twilio;

namespace Chatbot.Web.Webhook;

/// <summary>
/// The opening every Twilio webhook shares (<see cref="TwilioRequestFilterExtensions.ValidateTwilioRequest{T}"/>):
/// a body over the limit is 413, a request Twilio did not sign is 403, a form that is not a <typeparamref name="T"/>
/// is 400; then the endpoint runs with the parsed form (<see cref="TwilioWebhookForm.Get{T}"/>), and when the store
/// cannot take it the answer is 503, so that Twilio delivers it again later.
/// </summary>
internal sealed class TwilioRequestFilter<T>(
    string webhook, Func<IFormCollection, DateTimeOffset, TwilioFormResult<T>> parse, Func<T, string> describe) : IEndpointFilter
    where T : class
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<TwilioRequestFilter<T>>();
        var cancellationToken = http.RequestAborted;
        if (WebhookBodyLimit.IsExceeded(http.Request)) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);

        var validation = await services.GetRequiredService<TwilioRequestValidator>().ValidateAsync(http.Request, cancellationToken);
        if (!validation.IsValid)
        {
            logger.LogWarning("Refused a {Webhook} (checked against {Url}): {Failure}", webhook, validation.SignedUrl, validation.Failure);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var parsed = parse(validation.Form, services.GetRequiredService<TimeProvider>().GetUtcNow());
        if (!parsed.IsParsed)
        {
            logger.LogWarning("Bad {Webhook} form: {Error}", webhook, parsed.Error);
            return Results.BadRequest(parsed.Error);
        }

        TwilioWebhookForm.Set(http, parsed.Value);
        try
        {
            return await next(context);
        }
        catch (StoreUnavailableException e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The store is unreachable; answered 503 for {What}: {Reason}", describe(parsed.Value), e.Message);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError("The store failed; answered 503 for {What}: {Error}", describe(parsed.Value), Masking.Redact(e));
        }

        return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }
}
