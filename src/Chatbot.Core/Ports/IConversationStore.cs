using Chatbot.Core.Conversations;
using Chatbot.Core.Messaging;

namespace Chatbot.Core.Ports;

/// <summary>
/// Conversation state for a turn: one round trip to load, one to commit the state, the replies, the transcript lines,
/// the processed marker and the inbox acknowledgement together (all or nothing).
/// </summary>
public interface IConversationStore
{
    /// <summary>The state (a fresh one if none) with its ETag, and whether <paramref name="messageId"/> was already processed.</summary>
    Task<TurnSnapshot> LoadAsync(string conversationId, string? messageId, CancellationToken cancellationToken = default);

    /// <summary>Throws <see cref="ETagMismatchException"/> when the state changed since it was loaded; then nothing is written.</summary>
    Task CommitAsync(TurnCommit commit, CancellationToken cancellationToken = default);

    /// <summary>The latest transcript lines, oldest first.</summary>
    Task<IReadOnlyList<TranscriptEntry>> GetTranscriptAsync(string conversationId, int max, CancellationToken cancellationToken = default);

    /// <summary>Adds one line outside a turn (e.g. a reply that could not be delivered), without touching the state.</summary>
    Task AppendTranscriptAsync(string conversationId, TranscriptEntry entry, CancellationToken cancellationToken = default);
}

public sealed record TurnSnapshot(ConversationState State, bool AlreadyProcessed);

public sealed record TurnCommit
{
    public required ConversationState State { get; init; }

    public IReadOnlyList<OutboundMessage> Outgoing { get; init; } = [];

    public IReadOnlyList<TranscriptEntry> Transcript { get; init; } = [];

    /// <summary>Inbound message handled by this turn: marked processed so that a second delivery is dropped.</summary>
    public string? ProcessedMessageId { get; init; }

    /// <summary>Inbox entry to acknowledge in the same commit.</summary>
    public InboxReceipt? Ack { get; init; }
}
