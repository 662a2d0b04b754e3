using Chatbot.Core.Messaging;

namespace Chatbot.Core.Ports;

/// <summary>The webhook's side: in one round trip drop a repeated message id, append to the conversation's partition, record the time.</summary>
public interface IInbox
{
    /// <summary>False when the message id was seen before (nothing stored). Throws when the store is unreachable.</summary>
    Task<bool> AcceptAsync(InboundMessage message, CancellationToken cancellationToken = default);
}

/// <summary>The worker's side: messages of one partition in order; entries left by a dead consumer are taken over.</summary>
public interface IInboxReader
{
    int Partitions { get; }

    /// <summary>Entries this consumer has not acknowledged yet first (after a crash), then new ones; waits up to <paramref name="block"/>.</summary>
    Task<IReadOnlyList<InboxEntry>> ReadAsync(int partition, string consumer, int max, TimeSpan block, CancellationToken cancellationToken = default);

    Task AckAsync(InboxReceipt receipt, CancellationToken cancellationToken = default);
}

public sealed record InboxReceipt(int Partition, string EntryId);

public sealed record InboxEntry(InboxReceipt Receipt, InboundMessage Message);
