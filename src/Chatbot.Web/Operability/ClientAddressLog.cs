namespace Chatbot.Web.Operability;

/// <summary>
/// At Trace (category Chatbot.Web.Operability.ClientAddressLog), one line per request with the client address and
/// scheme as the service sees them after the forwarded headers: the way to check a proxy set-up. Costs nothing when off.
/// </summary>
public sealed class ClientAddressLog(RequestDelegate next, ILogger<ClientAddressLog> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (logger.IsEnabled(LogLevel.Trace))
            logger.LogTrace("{Method} {Path} from {ClientAddress} over {Scheme}", context.Request.Method, context.Request.Path, context.Connection.RemoteIpAddress, context.Request.Scheme);
        return next(context);
    }
}
