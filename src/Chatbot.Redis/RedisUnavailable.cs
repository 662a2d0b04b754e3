using Chatbot.Core.Ports;
using StackExchange.Redis;

namespace Chatbot.Redis;

/// <summary>
/// Which StackExchange.Redis failures mean "Redis cannot serve right now" (<see cref="StoreUnavailableException"/>):
/// no connection, no answer in time, or a server that is loading its data, read-only after a failover or without a
/// master. Anything else (a script error, a wrong type) is a bug and keeps its own exception.
/// </summary>
internal static class RedisUnavailable
{
    private static readonly string[] TransientServerStates = ["LOADING", "READONLY", "MASTERDOWN", "CLUSTERDOWN", "TRYAGAIN"];

    public static StoreUnavailableException? Translate(Exception exception) => exception switch
    {
        RedisConnectionException or RedisTimeoutException => new StoreUnavailableException("Redis is unreachable: " + exception.Message, exception),
        RedisServerException server when IsTransient(server.Message) => new StoreUnavailableException("Redis cannot serve now: " + exception.Message, exception),
        _ => null,
    };

    private static bool IsTransient(string message) =>
        TransientServerStates.Any(state => message.StartsWith(state, StringComparison.Ordinal));
}
