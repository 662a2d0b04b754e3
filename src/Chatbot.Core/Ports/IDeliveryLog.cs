using Chatbot.Core.Messaging;

namespace Chatbot.Core.Ports;

/// <summary>What became of each outbound message: our id ↔ the provider's id, and the latest status with its history.</summary>
public interface IDeliveryLog
{
    Task MarkAcceptedAsync(OutboundMessage message, string providerMessageId, DeliveryStatus status, DateTimeOffset at, CancellationToken cancellationToken = default);

    Task MarkFailedAsync(OutboundMessage message, string? errorCode, string reason, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Applies a provider status report; a late "sent" never overwrites "read". Unknown ids are recorded too.</summary>
    Task ApplyAsync(StatusUpdate update, CancellationToken cancellationToken = default);

    Task<DeliveryRecord?> GetAsync(string outboundMessageId, CancellationToken cancellationToken = default);
}

public sealed record DeliveryRecord(string OutboundMessageId, string ConversationId, string? ProviderMessageId, DeliveryStatus Status, DateTimeOffset UpdatedAt, string? ErrorCode, string? ErrorMessage);
