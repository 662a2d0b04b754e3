using System.Threading.RateLimiting;
using Chatbot.Twilio;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Workers;

/// <summary>
/// Twilio:MaxMessagesPerSecond as an in-process token bucket (a burst of one second at most).
/// Per instance for now: with several instances the shared rate belongs in Redis.
/// </summary>
public sealed class SendRateLimiter : IDisposable
{
    private readonly TokenBucketRateLimiter limiter;

    public SendRateLimiter(IOptions<TwilioOptions> options)
    {
        var perSecond = Math.Max(1, options.Value.MaxMessagesPerSecond);
        limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perSecond,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1.0 / perSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired) throw new InvalidOperationException("The send rate limiter refused a token.");
    }

    public void Dispose() => limiter.Dispose();
}
