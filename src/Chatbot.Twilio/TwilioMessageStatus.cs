using Chatbot.Core.Messaging;

namespace Chatbot.Twilio;

/// <summary>Twilio's Message status words ("queued", "delivered", …) to the product's <see cref="DeliveryStatus"/>.</summary>
public static class TwilioMessageStatus
{
    public static bool TryMap(string? status, out DeliveryStatus mapped)
    {
        DeliveryStatus? result = status?.Trim().ToLowerInvariant() switch
        {
            "accepted" or "scheduled" or "queued" => DeliveryStatus.Queued,
            "sending" => DeliveryStatus.Sending,
            "sent" => DeliveryStatus.Sent,
            "delivered" => DeliveryStatus.Delivered,
            "read" => DeliveryStatus.Read,
            "undelivered" => DeliveryStatus.Undelivered,
            "failed" or "canceled" => DeliveryStatus.Failed,
            _ => null,
        };
        mapped = result ?? DeliveryStatus.Pending;
        return result is not null;
    }
}
