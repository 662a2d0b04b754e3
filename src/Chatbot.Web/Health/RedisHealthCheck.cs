using Chatbot.Redis;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Chatbot.Web.Health;

/// <summary>Ready only while Redis answers PING in time: without it no webhook can be accepted (they answer 503).</summary>
public sealed class RedisHealthCheck(RedisHealth redis) : IHealthCheck
{
    public const string Name = "redis";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await redis.IsReadyAsync(cancellationToken)
            ? HealthCheckResult.Healthy("redis answers")
            : HealthCheckResult.Unhealthy("redis unreachable");
}
