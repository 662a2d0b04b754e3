using Chatbot.Redis;

namespace Chatbot.Web.Health;

/// <summary>
/// GET /healthz: the process is alive (always 200). GET /readyz: 503 "draining" as soon as shutdown begins (so that a
/// load balancer stops sending), else Redis answers PING (200) or not (503).
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok")).ExcludeFromDescription();
        endpoints.MapGet("/readyz", async (RedisHealth redis, IHostApplicationLifetime lifetime, CancellationToken cancellationToken) =>
                lifetime.ApplicationStopping.IsCancellationRequested
                    ? Results.Text("draining", statusCode: StatusCodes.Status503ServiceUnavailable)
                    : await redis.IsReadyAsync(cancellationToken)
                        ? Results.Text("ready")
                        : Results.Text("redis unreachable", statusCode: StatusCodes.Status503ServiceUnavailable))
            .ExcludeFromDescription();
        return endpoints;
    }
}
