using Chatbot.Core.Conversations;

namespace Chatbot.Core.Tests;

public class PartitioningTests
{
    [Fact]
    public void Same_conversation_same_partition_and_spread_over_all()
    {
        var counts = new int[16];
        for (var i = 0; i < 16000; i++)
        {
            var id = "+62812" + i.ToString("D7");
            var p = Partitioning.PartitionOf(id, 16);
            Assert.Equal(p, Partitioning.PartitionOf(id, 16));
            counts[p]++;
        }

        // Roughly even: no partition under half or over double its share.
        Assert.All(counts, c => Assert.InRange(c, 500, 2000));
    }

    [Fact]
    public void Fnv1a_reference_value()
    {
        // FNV-1a 32-bit of "a" is 0xE40C292C = 3826002220 (published test vector), so partition 220 of 1000.
        Assert.Equal(220, Partitioning.PartitionOf("a", 1000));
    }
}
