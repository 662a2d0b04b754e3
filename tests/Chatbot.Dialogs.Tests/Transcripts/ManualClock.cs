namespace Chatbot.Dialogs.Tests.Transcripts;

/// <summary>A clock the transcript moves forward ("@wait 31m").</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public void Advance(TimeSpan by) => now += by;
}
