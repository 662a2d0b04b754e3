using Chatbot.Core.Messaging;

namespace Chatbot.Core.Ports;

/// <summary>Messages waiting to be sent, partitioned like the inbox so that one conversation's replies stay in order.</summary>
public interface IOutbox
{
    /// <summary>Queue messages outside a bot turn (operator replies, notifications).</summary>
    Task EnqueueAsync(IReadOnlyList<OutboundMessage> messages, CancellationToken cancellationToken = default);
}

public interface IOutboxReader
{
    int Partitions { get; }

    Task<IReadOnlyList<OutboxEntry>> ReadAsync(int partition, string consumer, int max, TimeSpan block, CancellationToken cancellationToken = default);

    Task AckAsync(OutboxReceipt receipt, CancellationToken cancellationToken = default);
}

public sealed record OutboxReceipt(int Partition, string EntryId);

public sealed record OutboxEntry(OutboxReceipt Receipt, OutboundMessage Message);
