using Chatbot.Core.Ports;
using Chatbot.Redis.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Chatbot.Redis.Operations;

/// <summary>
/// Console events over Redis pub/sub: one channel per office (<see cref="RedisKeys.ConsoleEvents"/>), so an event
/// published by any instance reaches the consoles connected to every instance. On a cluster a PUBLISH reaches the
/// subscribers of every node. Each subscription is one handler on the multiplexer's one subscriber connection.
/// </summary>
public sealed class RedisConsoleEvents(RedisContext redis) : IConsoleEvents
{
    private readonly ILogger logger = redis.LoggerFactory.CreateLogger<RedisConsoleEvents>();

    public async Task PublishAsync(ConsoleEvent consoleEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(consoleEvent);
        cancellationToken.ThrowIfCancellationRequested();
        await redis.Multiplexer.GetSubscriber().PublishAsync(redis.Keys.ConsoleEvents, RedisJson.Serialize(consoleEvent)).WaitAsync(cancellationToken);
    }

    public async Task<IAsyncDisposable> SubscribeAsync(Func<ConsoleEvent, Task> handler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscriber = redis.Multiplexer.GetSubscriber();
        var channel = redis.Keys.ConsoleEvents;
        Action<RedisChannel, RedisValue> onMessage = (channelName, value) =>
        {
            ConsoleEvent consoleEvent;
            try
            {
                consoleEvent = RedisJson.Deserialize<ConsoleEvent>(value!);
            }
            catch (Newtonsoft.Json.JsonException e)
            {
                logger.LogWarning(e, "Unreadable console event dropped");
                return;
            }

            _ = DeliverAsync(handler, consoleEvent); // never throws: a handler's failure is logged
        };
        await subscriber.SubscribeAsync(channel, onMessage).WaitAsync(cancellationToken);
        return new Subscription(subscriber, channel, onMessage);
    }

    private async Task DeliverAsync(Func<ConsoleEvent, Task> handler, ConsoleEvent consoleEvent)
    {
        try
        {
            await handler(consoleEvent);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "A console event handler failed ({Type})", consoleEvent.Type);
        }
    }

    private sealed class Subscription(ISubscriber subscriber, RedisChannel channel, Action<RedisChannel, RedisValue> handler) : IAsyncDisposable
    {
        private int disposed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 1) return;
            try
            {
                await subscriber.UnsubscribeAsync(channel, handler);
            }
            catch (RedisException)
            {
                // The connection is gone: so is the subscription.
            }
        }
    }
}
