namespace Chatbot.Faults.Tests.Infrastructure;

/// <summary>One message a citizen sends and the bot's answers it must get (text keys, in order).</summary>
public sealed class Step(string text, IReadOnlyList<string> expectedReplies)
{
    public string Text { get; } = text;

    public IReadOnlyList<string> ExpectedReplies { get; } = expectedReplies;

    /// <summary>Set when the first request for this message went out.</summary>
    public bool Sent { get; set; }

    /// <summary>Set when a request for this message was answered 200.</summary>
    public bool Accepted { get; set; }

    public int Attempts { get; set; }
}
