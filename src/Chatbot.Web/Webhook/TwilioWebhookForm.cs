namespace Chatbot.Web.Webhook;

/// <summary>The form a <see cref="TwilioRequestFilter{T}"/> checked and parsed, handed to the endpoint through the request.</summary>
public static class TwilioWebhookForm
{
    private static readonly object Key = new();

    internal static void Set<T>(HttpContext context, T form)
        where T : class =>
        context.Items[Key] = form;

    /// <summary>The parsed form; only in an endpoint mapped with <see cref="TwilioRequestFilterExtensions.ValidateTwilioRequest{T}"/>.</summary>
    public static T Get<T>(HttpContext context)
        where T : class =>
        context.Items.TryGetValue(Key, out var form) && form is T parsed
            ? parsed
            : throw new InvalidOperationException($"No Twilio form of type {typeof(T).Name}: map the endpoint with ValidateTwilioRequest.");
}
