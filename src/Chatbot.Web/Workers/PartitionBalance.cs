namespace Chatbot.Web.Workers;

/// <summary>
/// How the instances share a stream's partitions: each may hold at most ceil(partitions / live instances). Which ones
/// an instance takes first and gives up first follows a stable preference per (instance, partition) (rendezvous
/// hashing), so that instances rarely want the same free partition and handing over moves few partitions.
/// </summary>
public static class PartitionBalance
{
    public static int Quota(int partitions, int liveInstances) =>
        partitions <= 0 ? 0 : (partitions + Math.Max(1, liveInstances) - 1) / Math.Max(1, liveInstances);

    /// <summary>The held partitions to hand over so that at most <paramref name="quota"/> remain: the least preferred.</summary>
    public static IReadOnlyList<int> Surplus(IReadOnlyCollection<int> held, int quota, string owner) =>
        held.Count <= quota ? [] : held.OrderBy(p => Preference(owner, p)).Take(held.Count - quota).ToList();

    /// <summary>The partitions not held by this instance, most preferred first.</summary>
    public static IReadOnlyList<int> Candidates(int partitions, IReadOnlySet<int> held, string owner) =>
        Enumerable.Range(0, partitions).Where(p => !held.Contains(p)).OrderByDescending(p => Preference(owner, p)).ToList();

    /// <summary>FNV-1a over "owner/partition": stable across processes and runtimes (unlike string.GetHashCode).</summary>
    public static ulong Preference(string owner, int partition)
    {
        const ulong offset = 14695981039346656037, prime = 1099511628211;
        var hash = offset;
        foreach (var c in owner)
        {
            hash = (hash ^ c) * prime;
        }

        hash = (hash ^ '/') * prime;
        for (var value = (uint)partition; ; value /= 10)
        {
            hash = (hash ^ ('0' + (value % 10))) * prime;
            if (value < 10) break;
        }

        // A final mix so that neighbouring partitions do not get neighbouring preferences.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccd;
        hash ^= hash >> 33;
        return hash;
    }
}
