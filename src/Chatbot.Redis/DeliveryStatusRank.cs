using Chatbot.Core.Messaging;

namespace Chatbot.Redis;

/// <summary>
/// Order of delivery statuses: reports arrive out of order, and a later rank wins. Failures rank above everything
/// and are always recorded.
/// </summary>
internal static class DeliveryStatusRank
{
    public const int Failure = 100;

    public static int Of(DeliveryStatus status) => status switch
    {
        DeliveryStatus.Pending => 0,
        DeliveryStatus.Queued => 1,
        DeliveryStatus.Sending => 2,
        DeliveryStatus.Sent => 3,
        DeliveryStatus.Delivered => 4,
        DeliveryStatus.Read => 5,
        DeliveryStatus.Undelivered or DeliveryStatus.Failed => Failure,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
