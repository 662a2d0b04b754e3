using System.Net;
using Chatbot.Testing;
using Chatbot.Web.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Chatbot.Web.Tests.Operability;

/// <summary>/readyz is ASP.NET Core's health checks: draining, Redis, and the instance holding its share of the leases.</summary>
[Collection(WebCollection.Name)]
public sealed class ReadinessChecksTests(RedisServerFixture redis)
{
    [Fact]
    public async Task A_worker_instance_is_ready_once_it_holds_its_share_of_every_streams_partitions()
    {
        await using var app = new ChatbotAppFactory(redis, new Dictionary<string, string?> { ["Workers:Enabled"] = "true", ["Redis:Partitions"] = "4" });
        using var client = app.CreateClient();
        var checks = app.Get<HealthCheckService>();

        HealthReport? report = null;
        await Eventually.SucceedsAsync(async () =>
        {
            report = await checks.CheckHealthAsync(c => c.Tags.Contains(HealthEndpoints.ReadyTag));
            return report.Status == HealthStatus.Healthy;
        }, TimeSpan.FromSeconds(20), what: "every check healthy");

        Assert.Equal(new[] { DrainingHealthCheck.Name, RedisHealthCheck.Name, LeaseHealthCheck.Name }.Order(), report!.Entries.Keys.Order());
        // One instance alone holds all 4 partitions of each stream.
        Assert.Equal("4/4", report.Entries[LeaseHealthCheck.Name].Data["inbox"]);
        Assert.Equal("4/4", report.Entries[LeaseHealthCheck.Name].Data["outbox"]);
        using var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_workers_the_lease_check_does_not_hold_readiness_back()
    {
        await using var app = new ChatbotAppFactory(redis);
        var report = await app.Get<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains(HealthEndpoints.ReadyTag));
        Assert.Equal(HealthStatus.Healthy, report.Entries[LeaseHealthCheck.Name].Status);
        Assert.Equal(HealthStatus.Healthy, report.Status);
    }
}
