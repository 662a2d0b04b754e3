using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Chatbot.Redis;

/// <summary>Builds the one multiplexer of the process.</summary>
public static class RedisConnectionFactory
{
    public static IConnectionMultiplexer Connect(RedisOptions options, ILoggerFactory? loggerFactory = null)
    {
        var configuration = ConfigurationOptions.Parse(options.ConnectionString ?? throw new InvalidOperationException("ConnectionStrings:Redis is required."));

        // Start while Redis is down and reconnect in the background; meanwhile fail commands at once (the webhook
        // answers 503 and Twilio retries) instead of queueing them until a timeout.
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ClientName ??= "chatbot";
        if (loggerFactory is not null) configuration.LoggerFactory = loggerFactory;
        return ConnectionMultiplexer.Connect(configuration);
    }
}
