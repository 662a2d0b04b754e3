using Chatbot.Web.Diagnostics;
using StackExchange.Redis;

namespace Chatbot.Web.Webhook;

/// <summary>The store could not take a webhook: answer 503 so that Twilio delivers it again later.</summary>
public static class StoreUnavailable
{
    public static IResult Result(ILogger logger, Exception exception, string what)
    {
        if (exception is RedisConnectionException or RedisTimeoutException)
            logger.LogWarning("Redis is unreachable; answered 503 for {What}: {Reason}", what, exception.Message);
        else
            logger.LogError("The store failed; answered 503 for {What}: {Error}", what, SensitiveText.Redact(exception));
        return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }
}
