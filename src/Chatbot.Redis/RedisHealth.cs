using StackExchange.Redis;

namespace Chatbot.Redis;

/// <summary>Readiness for /readyz: Redis answers PING in time. Never throws.</summary>
public sealed class RedisHealth(IConnectionMultiplexer multiplexer)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(2);

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        // Disconnected: answer at once rather than wait for a timeout.
        if (!multiplexer.IsConnected) return false;
        try
        {
            await multiplexer.GetDatabase().PingAsync().WaitAsync(DefaultTimeout, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return false;
        }
    }
}
