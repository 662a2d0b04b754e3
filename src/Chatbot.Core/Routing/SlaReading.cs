namespace Chatbot.Core.Routing;

/// <summary>
/// Where an SLA stands now: working time used (pauses excluded), what is left, and when it runs out if nothing pauses
/// it (null while paused: the clock stands still until the citizen answers).
/// </summary>
public sealed record SlaReading(TimeSpan Elapsed, TimeSpan Remaining, DateTimeOffset? Deadline, bool Paused)
{
    public bool Breached => Remaining <= TimeSpan.Zero;
}
