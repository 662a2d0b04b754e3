using System.Collections.Concurrent;
using System.Globalization;

namespace Chatbot.Redis;

/// <summary>
/// The hash tag of each stream partition (<c>{p7}</c>), chosen so that the partitions spread evenly over the masters
/// of a Redis Cluster. Masters own contiguous, near-equal slot ranges (as <c>redis-cli --cluster create</c> and
/// <c>rebalance</c> leave them), so partition i's tag is one that hashes close to the middle of the i-th of N equal
/// slices of the 16384 slots: "p7" when that already lands there, else "p7.k" for the first k that does. 16
/// partitions on 3 masters are then 5/6/5 (plain "p0".."p15" would be 4/5/7, and with more masters some could get
/// none). Deterministic, so every instance and version agrees; changing <see cref="RedisOptions.Partitions"/> moves
/// conversations anyway (drain the streams first).
/// </summary>
internal static class PartitionTags
{
    private static readonly ConcurrentDictionary<int, string[]> Cache = new();

    public static string Of(int partition, int partitions) => Cache.GetOrAdd(partitions, Compute)[partition];

    private static string[] Compute(int partitions)
    {
        var tags = new string[partitions];
        var width = (double)ClusterSlot.Count / partitions;

        // Within an eighth of a slice of its middle: far enough from the slice's edges that a master boundary falling
        // inside the slice still leaves the partition on the master owning most of it; at least a few slots wide, so
        // the search stays short (a few thousand tries at the most for the 1024 partitions the options allow).
        var tolerance = Math.Max(width / 8, 2);
        for (var i = 0; i < partitions; i++)
        {
            var middle = (i + 0.5) * width;
            for (var k = 0; tags[i] is null; k++)
            {
                var tag = k == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"p{i}")
                    : string.Create(CultureInfo.InvariantCulture, $"p{i}.{k}");
                if (Math.Abs(ClusterSlot.Of(tag) + 0.5 - middle) <= tolerance) tags[i] = tag;
            }
        }

        return tags;
    }
}
