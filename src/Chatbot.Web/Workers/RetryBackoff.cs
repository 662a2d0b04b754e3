namespace Chatbot.Web.Workers;

/// <summary>Exponential backoff with "equal jitter": half the delay fixed, half random, so that instances do not retry in step.</summary>
public static class RetryBackoff
{
    public static TimeSpan Compute(int attempt, TimeSpan initial, TimeSpan max, TimeSpan? atLeast = null)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var ceiling = Math.Min(max.TotalMilliseconds, initial.TotalMilliseconds * Math.Pow(2, exponent));
        var delay = TimeSpan.FromMilliseconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
        return atLeast is { } floor && floor > delay ? floor : delay;
    }
}
