using Chatbot.Web.Options;
using Chatbot.Web.Workers;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Health;

/// <summary>
/// The instance holds its leases: its heartbeat in the instance registry is fresh (else the others count it dead and
/// take its partitions: unhealthy), and it holds its share of every stream's partitions (fewer: degraded, still
/// ready — another instance may still be releasing them, or Redis refused a lease for a moment).
/// </summary>
public sealed class LeaseHealthCheck(InstanceMembership membership, IOptions<WorkerOptions> options) : IHealthCheck
{
    public const string Name = "leases";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled) return Task.FromResult(HealthCheckResult.Healthy("workers off on this instance"));
        var lastHeartbeat = membership.LastHeartbeat;
        if (lastHeartbeat is null) return Task.FromResult(HealthCheckResult.Degraded("joining the instance registry"));

        var silence = DateTimeOffset.UtcNow - lastHeartbeat.Value;
        if (silence > options.Value.InstanceTtl)
            return Task.FromResult(HealthCheckResult.Unhealthy($"no heartbeat for {silence.TotalSeconds:0} s: the other instances take this one's partitions"));

        var holdings = membership.Holdings;
        var data = holdings.ToDictionary(h => h.Key, h => (object)$"{h.Value.Held}/{h.Value.Quota}");
        var missing = holdings.Where(h => h.Value.Held < h.Value.Quota).Select(h => $"holding {h.Value.Held} of its {h.Value.Quota} {h.Key} partitions").ToList();
        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy($"{membership.LiveCount} live instance(s), its share held", data)
            : HealthCheckResult.Degraded(string.Join("; ", missing), data: data));
    }
}
