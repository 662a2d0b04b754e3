using Chatbot.Web.Workers;

namespace Chatbot.Web.Tests.ScaleOut;

public sealed class PartitionBalanceTests
{
    [Theory]
    [InlineData(16, 1, 16)]
    [InlineData(16, 2, 8)]
    [InlineData(16, 3, 6)]
    [InlineData(16, 5, 4)]
    [InlineData(16, 40, 1)]
    [InlineData(16, 0, 16)]
    public void Each_instance_may_hold_the_ceiling_of_partitions_over_live_instances(int partitions, int live, int quota) =>
        Assert.Equal(quota, PartitionBalance.Quota(partitions, live));

    [Fact]
    public void Shares_of_all_live_instances_always_cover_every_partition()
    {
        for (var live = 1; live <= 40; live++) Assert.True(PartitionBalance.Quota(16, live) * live >= 16);
    }

    [Fact]
    public void Surplus_is_the_least_preferred_held_partitions_and_only_what_is_above_the_share()
    {
        var held = Enumerable.Range(0, 16).ToList();

        var surplus = PartitionBalance.Surplus(held, 8, "a");

        Assert.Equal(8, surplus.Count);
        var kept = held.Except(surplus).ToList();
        Assert.True(kept.Min(p => PartitionBalance.Preference("a", p)) > surplus.Max(p => PartitionBalance.Preference("a", p)));
        Assert.Empty(PartitionBalance.Surplus(held, 16, "a"));
    }

    [Fact]
    public void Candidates_are_the_partitions_not_held_most_preferred_first_and_differ_between_instances()
    {
        var candidates = PartitionBalance.Candidates(16, new HashSet<int> { 1, 2, 3 }, "a");

        Assert.Equal(13, candidates.Count);
        Assert.DoesNotContain(2, candidates);
        Assert.Equal(candidates, candidates.OrderByDescending(p => PartitionBalance.Preference("a", p)));
        Assert.NotEqual(PartitionBalance.Candidates(16, new HashSet<int>(), "a"), PartitionBalance.Candidates(16, new HashSet<int>(), "b"));
    }
}
