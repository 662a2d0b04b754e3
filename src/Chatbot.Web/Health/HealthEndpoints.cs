using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Chatbot.Web.Health;

/// <summary>
/// ASP.NET Core's health checks behind two endpoints that keep their meaning. GET /healthz: the process is alive
/// (runs no check, always 200 "ok"). GET /readyz: the checks tagged "ready" — draining (503 "draining" as soon as
/// shutdown begins, so that a load balancer stops sending), Redis (503 "redis unreachable"), the instance's leases
/// (503 when its heartbeat is stale; fewer partitions than its share is degraded and still 200). The body is the first
/// failing check's description, in that order, or "ready".
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    private static readonly string[] Order = [DrainingHealthCheck.Name, RedisHealthCheck.Name, LeaseHealthCheck.Name];

    public static IServiceCollection AddChatbotHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DrainingHealthCheck>(DrainingHealthCheck.Name, tags: [ReadyTag])
            .AddCheck<RedisHealthCheck>(RedisHealthCheck.Name, tags: [ReadyTag])
            .AddCheck<LeaseHealthCheck>(LeaseHealthCheck.Name, tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = (context, _) => WriteAsync(context, "ok"),
        }).ExcludeFromDescription();
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = (context, report) => WriteAsync(context, Describe(report)),
        }).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>"ready", "ready (degraded: …)", or the first unhealthy check's description.</summary>
    public static string Describe(HealthReport report)
    {
        var worst = Order.Where(report.Entries.ContainsKey).Select(name => report.Entries[name])
            .FirstOrDefault(entry => entry.Status == report.Status);
        return report.Status switch
        {
            HealthStatus.Healthy => "ready",
            HealthStatus.Degraded => $"ready (degraded: {worst.Description})",
            _ => worst.Description ?? "not ready",
        };
    }

    private static Task WriteAsync(HttpContext context, string text)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(text);
    }
}
