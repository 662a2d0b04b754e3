using Chatbot.Core.Ports;

namespace Chatbot.Redis;

/// <summary>
/// The send rate shared by all instances: a sliding one-second log of permits in one sorted set (one slot), decided by
/// a script on the server's clock, so at most N permits fall in any one-second window whatever the number of instances.
/// A refused caller is told when the oldest permit leaves the window and waits that long (plus a little jitter, so
/// that waiting workers do not all ask again at the same instant). One round trip per permit while the rate is not reached.
/// </summary>
public sealed class RedisSendRateGate(RedisContext redis) : ISendRateGate
{
    private const long WindowMicroseconds = 1_000_000;

    public async Task<TimeSpan> TryAcquireAsync(int maxPerSecond, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPerSecond, 1);
        cancellationToken.ThrowIfCancellationRequested();
        var wait = (long)await redis.EvalAsync(
            ScaleOutScripts.SendRateAcquire,
            [redis.Keys.SendRateWindow],
            [maxPerSecond, WindowMicroseconds, Guid.NewGuid().ToString("N")]);
        return wait <= 0 ? TimeSpan.Zero : TimeSpan.FromMicroseconds(wait);
    }

    public async Task WaitAsync(int maxPerSecond, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var wait = await TryAcquireAsync(maxPerSecond, cancellationToken);
            if (wait == TimeSpan.Zero) return;

            // Up to one send interval of jitter spreads the callers that wait for the same free permit.
            var jitter = TimeSpan.FromMicroseconds(Random.Shared.NextDouble() * WindowMicroseconds / maxPerSecond);
            await Task.Delay(wait + jitter, cancellationToken);
        }
    }
}
