using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Chatbot.Redis;

/// <summary>
/// What the inbox and the outbox share: one consumer group over the partition streams (<see cref="PartitionedStream"/>),
/// each entry read as <typeparamref name="TMessage"/> and acknowledged by partition and entry id.
/// </summary>
public abstract class PartitionedQueue<TMessage>
{
    private readonly PartitionedStream stream;
    private readonly ILogger logger;

    private protected PartitionedQueue(RedisContext redis, Func<int, RedisKey> streamOf, string group)
    {
        Redis = redis;
        stream = new PartitionedStream(redis, streamOf, group);
        logger = redis.LoggerFactory.CreateLogger(GetType());
    }

    public int Partitions => stream.Partitions;

    private protected RedisContext Redis { get; }

    private protected async Task<IReadOnlyList<TEntry>> ReadEntriesAsync<TEntry>(
        int partition, string consumer, int max, TimeSpan block, Func<string, TMessage, TEntry> entry, CancellationToken cancellationToken)
    {
        var messages = await stream.ReadMessagesAsync<TMessage>(partition, consumer, max, block, logger, cancellationToken);
        return messages.Select(m => entry(m.Id, m.Message)).ToList();
    }

    private protected Task AckEntryAsync(int partition, string entryId, CancellationToken cancellationToken) =>
        stream.AckAsync(partition, entryId).WaitAsync(cancellationToken);
}
