using Chatbot.Web.Options;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Simulator;

/// <summary>The simulator's conversations, in memory and bounded (development only): the oldest messages go first.</summary>
public sealed class SimulatorTimeline(IOptions<SimulatorOptions> options)
{
    private readonly Lock sync = new();
    private readonly Dictionary<string, TimelineMessage> byId = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();
    private long version;

    public long Version
    {
        get { lock (sync) return version; }
    }

    public TimelineMessage Add(TimelineMessage message)
    {
        lock (sync)
        {
            var stored = message with { Version = ++version };
            if (byId.TryAdd(stored.Id, stored)) order.Enqueue(stored.Id);
            else byId[stored.Id] = stored;
            while (order.Count > options.Value.MaxMessages) byId.Remove(order.Dequeue());
            return stored;
        }
    }

    public TimelineMessage? Update(string id, Func<TimelineMessage, TimelineMessage> change)
    {
        lock (sync)
        {
            if (!byId.TryGetValue(id, out var current)) return null;
            var updated = change(current) with { Version = ++version };
            byId[id] = updated;
            return updated;
        }
    }

    /// <summary>Messages changed after <paramref name="after"/>, of one number or of all, in the order they were sent.</summary>
    public (IReadOnlyList<TimelineMessage> Messages, long Version) Since(long after, string? phone)
    {
        lock (sync)
        {
            var changed = order.Select(id => byId[id])
                .Where(m => m.Version > after && (phone is null || m.Phone == phone))
                .ToList();
            return (changed, version);
        }
    }
}
