namespace Chatbot.Core.Messaging;

/// <summary>Where an outbound message is: ours (Pending) or the provider's word (queued … read, failed).</summary>
public enum DeliveryStatus
{
    Pending,
    Queued,
    Sending,
    Sent,
    Delivered,
    Read,
    Undelivered,
    Failed,
}
