namespace Chatbot.Dialogs.Tests.Transcripts;

/// <summary>One line of a transcript file, in the order it must happen.</summary>
public abstract record TranscriptStep(int Line)
{
    /// <summary>"> text": the citizen sends a text message.</summary>
    public sealed record Says(int Line, string Text) : TranscriptStep(Line);

    /// <summary>">photo image/jpeg 250000 [caption]": the citizen sends a media item of that type and size.</summary>
    public sealed record SendsMedia(int Line, string ContentType, long SizeBytes, string Caption) : TranscriptStep(Line);

    /// <summary>">location -6.01,106.05": the citizen shares a location.</summary>
    public sealed record SendsLocation(int Line, double Latitude, double Longitude) : TranscriptStep(Line);

    /// <summary>"&lt; glob": the next bot message must match ("*" stands for any text, new lines included).</summary>
    public sealed record BotSays(int Line, string Glob) : TranscriptStep(Line);

    /// <summary>"@wait 31m": time passes (m, h, d).</summary>
    public sealed record Wait(int Line, TimeSpan Duration) : TranscriptStep(Line);

    /// <summary>"@from +628… Name": later messages come from this citizen.</summary>
    public sealed record From(int Line, string Phone, string ProfileName) : TranscriptStep(Line);

    /// <summary>"@repeat": the previous citizen message is delivered again with the same message id (Twilio retry).</summary>
    public sealed record Repeat(int Line) : TranscriptStep(Line);

    /// <summary>"@expect mode Queued" or "@expect cases 1": a check on what the conversation left behind.</summary>
    public sealed record Expect(int Line, string What, string Value) : TranscriptStep(Line);
}
