using Chatbot.Core.Messaging;

namespace Chatbot.Core.Ports;

/// <summary>
/// The attempts to hand each outbound message to the provider, recorded before each call. The provider has no
/// idempotency key: a message with an attempt but no recorded outcome may have been accepted by the provider just
/// before its sender died (or lost its store), so whoever sends it next first asks the provider
/// (<see cref="IMessageSender.FindSentAsync"/>) instead of sending it blindly again.
/// </summary>
public interface IDeliveryAttempts
{
    /// <summary>
    /// Atomically: when the message's outcome is recorded, only returns it (nothing to send); otherwise counts one more
    /// attempt at <paramref name="at"/> and returns the progress as it was before this attempt.
    /// </summary>
    Task<DeliveryProgress> BeginAttemptAsync(OutboundMessage message, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Our outbound message id that the provider's id was recorded for (when it was accepted), or null.</summary>
    Task<string?> FindByProviderIdAsync(string providerMessageId, CancellationToken cancellationToken = default);
}

/// <summary>
/// Where an outbound message stands before a send: its recorded outcome (<see cref="Outcome"/>, then it is settled),
/// or the attempts made so far (<see cref="Attempts"/>, the first at <see cref="FirstAttemptAt"/>).
/// </summary>
public sealed record DeliveryProgress(DeliveryStatus? Outcome, int Attempts, DateTimeOffset? FirstAttemptAt)
{
    public bool Settled => Outcome is not null;
}
