using Chatbot.Core.Messaging;

namespace Chatbot.Core.Conversations;

/// <summary>One line of a conversation's transcript as the operator sees it.</summary>
public sealed record TranscriptEntry(Speaker Speaker, string Text, DateTimeOffset At, string MessageId)
{
    public IReadOnlyList<MediaRef> Media { get; init; } = [];

    public string? Author { get; init; }
}
