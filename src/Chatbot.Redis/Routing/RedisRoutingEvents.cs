using System.Globalization;
using Chatbot.Core.Ports;
using Chatbot.Core.Routing;
using StackExchange.Redis;

namespace Chatbot.Redis.Routing;

/// <summary>
/// The routing record: a capped stream in the routing slot (the routing steps append to it atomically, see
/// <see cref="RedisRouting"/>) and the tallies against each operator.
/// </summary>
public sealed class RedisRoutingEvents(RedisContext redis) : IRoutingEvents
{
    private const int MaxLength = 10_000;

    public Task RecordAsync(RoutingEvent routingEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(routingEvent);
        cancellationToken.ThrowIfCancellationRequested();
        return redis.Database.StreamAddAsync(
            redis.Keys.RoutingEvents,
            [
                new NameValueEntry("kind", routingEvent.Kind),
                new NameValueEntry("item", routingEvent.Item?.Key ?? string.Empty),
                new NameValueEntry("queue", routingEvent.Queue ?? string.Empty),
                new NameValueEntry("op", routingEvent.Operator ?? string.Empty),
                new NameValueEntry("at", routingEvent.At.ToUnixTimeMilliseconds()),
                new NameValueEntry("detail", routingEvent.Detail ?? string.Empty),
            ],
            maxLength: MaxLength,
            useApproximateMaxLength: true).WaitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RoutingEvent>> RecentAsync(int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var entries = await redis.Database.StreamRangeAsync(redis.Keys.RoutingEvents, "-", "+", max, Order.Descending).WaitAsync(cancellationToken);
        return entries.Select(ToEvent).ToList();
    }

    public async Task<IReadOnlyList<RoutingTally>> TalliesAsync(CancellationToken cancellationToken = default)
    {
        var entries = await redis.Database.HashGetAllAsync(redis.Keys.RoutingTallies).WaitAsync(cancellationToken);
        var missed = new Dictionary<string, long>(StringComparer.Ordinal);
        var breaches = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var name = (string)entry.Name!;
            var colon = name.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0) continue;
            var target = name[..colon] == "missed" ? missed : breaches;
            target[name[(colon + 1)..]] = (long)entry.Value;
        }

        return missed.Keys.Union(breaches.Keys)
            .Order(StringComparer.Ordinal)
            .Select(u => new RoutingTally(u, missed.GetValueOrDefault(u), breaches.GetValueOrDefault(u)))
            .ToList();
    }

    private static RoutingEvent ToEvent(StreamEntry entry)
    {
        string? Field(string name)
        {
            var value = entry[name];
            return value.IsNullOrEmpty ? null : (string?)value;
        }

        WorkItemRef? item = WorkItemRef.TryParse(Field("item"), out var parsed) ? parsed : null;
        var at = long.TryParse(Field("at"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : DateTimeOffset.UnixEpoch;
        return new RoutingEvent(Field("kind") ?? string.Empty, item, Field("queue"), Field("op"), at, Field("detail"));
    }
}
