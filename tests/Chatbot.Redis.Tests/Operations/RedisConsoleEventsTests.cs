using System.Collections.Concurrent;
using Chatbot.Core.Ports;
using Chatbot.Redis.Operations;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests.Operations;

/// <summary>Console events over pub/sub between two connections (two instances), on one server and on a cluster.</summary>
public abstract class RedisConsoleEventsTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : RedisConsoleEventsTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : RedisConsoleEventsTests(redis);

    private readonly IRedisTopology topology = redis;
    private readonly RedisTestScope listener = RedisTestScope.Create(redis);
    private readonly RedisTestScope publisherScope = RedisTestScope.Create(redis);

    public void Dispose()
    {
        listener.Dispose();
        publisherScope.Dispose();
    }

    private RedisTestScope Publisher => publisherScope;

    [Fact]
    public async Task An_event_published_by_another_connection_of_the_same_office_arrives_whole()
    {
        var received = new ConcurrentQueue<ConsoleEvent>();
        var sameOffice = RedisTestScopeWithPrefix(listener.Keys.Prefix);
        await using var subscription = await new RedisConsoleEvents(listener.Context).SubscribeAsync(e =>
        {
            received.Enqueue(e);
            return Task.CompletedTask;
        });
        var sent = new ConsoleEvent
        {
            Type = ConsoleEventTypes.Case,
            At = DateTimeOffset.UtcNow,
            ConversationId = "+6281234567890",
            CaseCode = "ABC-234",
            Queue = "lapor-rekam-ktp",
            Operator = "agus",
            Detail = "Dicetak",
        };

        await new RedisConsoleEvents(sameOffice.Context).PublishAsync(sent);

        await WaitAsync(() => !received.IsEmpty);
        Assert.Equal(sent, Assert.Single(received));
        sameOffice.Dispose();
    }

    [Fact]
    public async Task Another_office_does_not_hear_it_and_a_disposed_subscription_stops()
    {
        var received = new ConcurrentQueue<ConsoleEvent>();
        var subscription = await new RedisConsoleEvents(listener.Context).SubscribeAsync(e =>
        {
            received.Enqueue(e);
            return Task.CompletedTask;
        });
        var sameOffice = RedisTestScopeWithPrefix(listener.Keys.Prefix);
        var events = new RedisConsoleEvents(sameOffice.Context);

        await new RedisConsoleEvents(Publisher.Context).PublishAsync(new ConsoleEvent { Type = ConsoleEventTypes.Message, At = DateTimeOffset.UtcNow, Detail = "other office" });
        await events.PublishAsync(new ConsoleEvent { Type = ConsoleEventTypes.Message, At = DateTimeOffset.UtcNow, Detail = "first" });
        await WaitAsync(() => !received.IsEmpty);
        await subscription.DisposeAsync();
        await events.PublishAsync(new ConsoleEvent { Type = ConsoleEventTypes.Message, At = DateTimeOffset.UtcNow, Detail = "after" });
        await Task.Delay(300);

        Assert.Equal(["first"], received.Select(e => e.Detail));
        sameOffice.Dispose();
    }

    private RedisTestScope RedisTestScopeWithPrefix(string prefix) => RedisTestScope.Create(topology, o => o.KeyPrefix = prefix);

    private static async Task WaitAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("No event arrived.");
            await Task.Delay(20);
        }
    }
}
