namespace Chatbot.Web.Tests.Routing;

/// <summary>A clock the test moves by hand (deadlines, SLA targets); timers and delays stay real.</summary>
public sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}
