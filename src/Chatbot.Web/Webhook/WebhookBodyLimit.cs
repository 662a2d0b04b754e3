using Microsoft.AspNetCore.Http.Metadata;

namespace Chatbot.Web.Webhook;

/// <summary>Twilio's webhooks are small forms; anything over 64 KB is refused before it is read.</summary>
public sealed class WebhookBodyLimit : IRequestSizeLimitMetadata
{
    public const long MaxBytes = 64 * 1024;

    public static readonly WebhookBodyLimit Instance = new();

    public long? MaxRequestBodySize => MaxBytes;

    public static bool IsExceeded(HttpRequest request) => request.ContentLength > MaxBytes;
}
