using System.Net.Http.Headers;

namespace Chatbot.Twilio;

/// <summary>Reads Retry-After (seconds or an HTTP date) as a wait from now.</summary>
internal static class TwilioRetryAfter
{
    public static TimeSpan? From(RetryConditionHeaderValue? header, TimeProvider time)
    {
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
