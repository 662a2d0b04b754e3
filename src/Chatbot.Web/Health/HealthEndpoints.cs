using Chatbot.Redis;

namespace Chatbot.Web.Health;

/// <summary>GET /healthz: the process is alive (always 200). GET /readyz: Redis answers PING (200), else 503.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok")).ExcludeFromDescription();
        endpoints.MapGet("/readyz", async (RedisHealth redis, CancellationToken cancellationToken) =>
                await redis.IsReadyAsync(cancellationToken)
                    ? Results.Text("ready")
                    : Results.Text("redis unreachable", statusCode: StatusCodes.Status503ServiceUnavailable))
            .ExcludeFromDescription();
        return endpoints;
    }
}
