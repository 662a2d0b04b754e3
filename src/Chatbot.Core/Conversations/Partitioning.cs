using System.Text;

namespace Chatbot.Core.Conversations;

/// <summary>
/// Which stream partition a conversation belongs to. Stable across processes and versions (FNV-1a, not
/// string.GetHashCode), because every instance must agree and a partition's pending entries outlive a restart.
/// </summary>
public static class Partitioning
{
    public static int PartitionOf(string conversationId, int partitions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        const uint offset = 2166136261, prime = 16777619;
        var hash = offset;
        foreach (var b in Encoding.UTF8.GetBytes(conversationId))
        {
            hash = (hash ^ b) * prime;
        }

        return (int)(hash % (uint)partitions);
    }
}
