using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Chatbot.Web.Health;

/// <summary>Not ready as soon as shutdown begins, so that a load balancer stops sending while the in-flight work finishes.</summary>
public sealed class DrainingHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public const string Name = "draining";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("draining")
            : HealthCheckResult.Healthy("running"));
}
