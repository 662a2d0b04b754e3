using Chatbot.Twilio;

namespace Chatbot.Web.Webhook;

public static class TwilioRequestFilterExtensions
{
    /// <summary>
    /// Makes the endpoint a Twilio webhook: Twilio's signature stands in for antiforgery, the body is limited to
    /// <see cref="WebhookBodyLimit.MaxBytes"/>, and <see cref="TwilioRequestFilter{T}"/> answers everything but a
    /// genuine, well-formed <typeparamref name="T"/> before the handler runs. <paramref name="webhook"/> names it in
    /// logs; <paramref name="describe"/> names one request in the log line of a 503.
    /// </summary>
    public static RouteHandlerBuilder ValidateTwilioRequest<T>(
        this RouteHandlerBuilder builder,
        string webhook,
        Func<IFormCollection, DateTimeOffset, TwilioFormResult<T>> parse,
        Func<T, string> describe)
        where T : class =>
        builder
            .WithMetadata(WebhookBodyLimit.Instance)
            .DisableAntiforgery()
            .AddEndpointFilter(new TwilioRequestFilter<T>(webhook, parse, describe));
}
