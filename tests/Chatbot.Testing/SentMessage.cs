using Chatbot.Twilio.Simulation;

namespace Chatbot.Testing;

/// <summary>One message the <see cref="TwilioSink"/> accepted (answered 201), numbered in the order of acceptance.</summary>
public sealed record SentMessage(long Sequence, string Sid, SimulatedMessageRequest Request, DateTimeOffset At)
{
    public string To => Request.To;

    public string? From => Request.From;

    /// <summary>The text, empty for a template (see <see cref="ContentSid"/>) or a bare media message.</summary>
    public string Body => Request.Body ?? string.Empty;

    public string? ContentSid => Request.ContentSid;

    public string? ContentVariables => Request.ContentVariables;

    public int NumMedia => Request.MediaUrls.Count;

    /// <summary>What a failure message shows of it.</summary>
    public override string ToString() => Request.Body ?? "[template " + ContentSid + "]";
}
