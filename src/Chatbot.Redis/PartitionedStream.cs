using System.Diagnostics;
using Chatbot.Redis.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Chatbot.Redis;

/// <summary>
/// Reading and acknowledging one consumer group over per-partition streams (inbox and outbox share this).
/// Blocking: StackExchange.Redis does not allow a blocking XREADGROUP on the shared multiplexer (it would stall every
/// caller), so <see cref="ReadAsync"/> emulates <c>block</c> by polling: one script call per poll, pauses growing
/// from 10 ms to <see cref="RedisOptions.MaxPollIntervalMilliseconds"/>, until entries arrive or <c>block</c> ends.
/// </summary>
internal sealed class PartitionedStream(RedisContext redis, Func<int, RedisKey> streamOf, string group)
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(10);

    public int Partitions => redis.Options.Partitions;

    public async Task<IReadOnlyList<(string Id, string Json)>> ReadAsync(int partition, string consumer, int max, TimeSpan block, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(partition);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(partition, Partitions);
        ArgumentException.ThrowIfNullOrEmpty(consumer);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);

        var clock = Stopwatch.StartNew();
        var pause = FirstPause;
        var maxPause = TimeSpan.FromMilliseconds(redis.Options.MaxPollIntervalMilliseconds);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entries = await PollAsync(streamOf(partition), consumer, max);
            if (entries.Count > 0) return entries;

            var left = block - clock.Elapsed;
            if (left <= TimeSpan.Zero) return entries;
            await Task.Delay(pause < left ? pause : left, cancellationToken);
            pause = pause * 2 < maxPause ? pause * 2 : maxPause;
        }
    }

    /// <summary>
    /// <see cref="ReadAsync"/> with each entry's JSON read as <typeparamref name="T"/>. An unreadable entry would hold up
    /// its whole partition forever: it is logged and dropped.
    /// </summary>
    public async Task<IReadOnlyList<(string Id, T Message)>> ReadMessagesAsync<T>(int partition, string consumer, int max, TimeSpan block, ILogger logger, CancellationToken cancellationToken)
    {
        var raw = await ReadAsync(partition, consumer, max, block, cancellationToken);
        var messages = new List<(string, T)>(raw.Count);
        foreach (var (entryId, json) in raw)
        {
            try
            {
                messages.Add((entryId, RedisJson.Deserialize<T>(json)));
            }
            catch (Newtonsoft.Json.JsonException ex)
            {
                logger.LogError(ex, "Dropping unreadable {Kind} entry {EntryId} of partition {Partition}", typeof(T).Name, entryId, partition);
                await AckAsync(partition, entryId);
            }
        }

        return messages;
    }

    public Task AckAsync(int partition, params string[] entryIds)
    {
        var values = new RedisValue[entryIds.Length + 1];
        values[0] = group;
        for (var i = 0; i < entryIds.Length; i++) values[i + 1] = entryIds[i];
        return redis.EvalAsync(RedisScripts.StreamAck, [streamOf(partition)], values);
    }

    private async Task<List<(string Id, string Json)>> PollAsync(RedisKey stream, string consumer, int max)
    {
        var result = (RedisResult[])(await redis.EvalAsync(
            RedisScripts.StreamRead,
            [stream],
            [group, consumer, max, redis.Options.ClaimMinIdleMilliseconds]))!;

        // {'ok', id, json, id, json, …} or {'wait'} while older entries of another consumer are not yet idle enough.
        var entries = new List<(string, string)>((result.Length - 1) / 2);
        for (var i = 1; i + 1 < result.Length; i += 2)
        {
            entries.Add(((string)result[i]!, (string)result[i + 1]!));
        }

        return entries;
    }
}
