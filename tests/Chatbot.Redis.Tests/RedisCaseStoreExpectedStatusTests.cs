using Chatbot.Core.Cases;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests;

/// <summary>The conditional update the case lifecycle relies on: written only while the status is still the one read.</summary>
public abstract class RedisCaseStoreExpectedStatusTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : RedisCaseStoreExpectedStatusTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : RedisCaseStoreExpectedStatusTests(redis);

    private const string Ktp = "lapor-rekam-ktp";

    private readonly RedisTestScope scope = RedisTestScope.Create(redis);

    public void Dispose() => scope.Dispose();

    private RedisCaseStore Store => new(scope.Context);

    [Fact]
    public async Task An_update_with_the_status_it_was_read_with_is_saved()
    {
        var stored = (await Store.OpenOrJoinAsync(TestData.Case(Ktp, TestData.NewNik()))).Case;

        var outcome = await Store.UpdateAsync(stored with { Status = CaseStatus.Diproses, TrackingNumber = null, Fields = new Dictionary<string, string> { ["a"] = "b" } }, CaseStatus.Baru);

        Assert.Equal(CaseUpdateOutcome.Updated, outcome);
        var now = await Store.GetAsync(stored.Code);
        Assert.Equal(CaseStatus.Diproses, now!.Status);
        Assert.Equal("b", now.Fields["a"]);
    }

    [Fact]
    public async Task A_stale_status_writes_nothing()
    {
        var stored = (await Store.OpenOrJoinAsync(TestData.Case(Ktp, TestData.NewNik()))).Case;
        Assert.Equal(CaseUpdateOutcome.Updated, await Store.UpdateAsync(stored with { Status = CaseStatus.Diproses }, CaseStatus.Baru));

        var outcome = await Store.UpdateAsync(stored with { Status = CaseStatus.Ditolak }, CaseStatus.Baru);

        Assert.Equal(CaseUpdateOutcome.StatusChanged, outcome);
        Assert.Equal(CaseStatus.Diproses, (await Store.GetAsync(stored.Code))!.Status);
    }

    [Fact]
    public async Task A_missing_case_is_not_found()
    {
        var never = TestData.Case(Ktp, TestData.NewNik());
        Assert.Equal(CaseUpdateOutcome.NotFound, await Store.UpdateAsync(never, CaseStatus.Baru));
        Assert.False(await Store.UpdateAsync(never));
    }

    [Fact]
    public async Task Of_ten_concurrent_moves_from_one_status_exactly_one_wins()
    {
        var stored = (await Store.OpenOrJoinAsync(TestData.Case(Ktp, TestData.NewNik()))).Case;
        var processing = stored with { Status = CaseStatus.Diproses };
        Assert.Equal(CaseUpdateOutcome.Updated, await Store.UpdateAsync(processing, CaseStatus.Baru));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(async i =>
        {
            await Task.Yield();
            return await Store.UpdateAsync(processing with { Status = CaseStatus.Dicetak, Fields = new Dictionary<string, string> { ["by"] = "op" + i } }, CaseStatus.Diproses);
        }));

        Assert.Single(outcomes, o => o == CaseUpdateOutcome.Updated);
        Assert.Equal(9, outcomes.Count(o => o == CaseUpdateOutcome.StatusChanged));
        Assert.Equal(CaseStatus.Dicetak, (await Store.GetAsync(stored.Code))!.Status);
    }

    [Fact]
    public async Task Tracking_number_and_pickup_code_are_kept_and_a_closed_case_frees_its_nik()
    {
        var nik = TestData.NewNik();
        var stored = (await Store.OpenOrJoinAsync(TestData.Case(Ktp, nik))).Case;
        var shipped = stored with { Status = CaseStatus.DikirimPos, TrackingNumber = "P2203120012345", PickupCode = "K7MQ2X" };
        Assert.True(await Store.UpdateAsync(shipped));
        Assert.Equal(CaseUpdateOutcome.Updated, await Store.UpdateAsync(shipped with { Status = CaseStatus.Selesai }, CaseStatus.DikirimPos));

        var read = await Store.GetAsync(stored.Code);
        Assert.Equal(("P2203120012345", "K7MQ2X"), (read!.TrackingNumber, read.PickupCode));
        Assert.False((await Store.OpenOrJoinAsync(TestData.Case(Ktp, nik))).JoinedExisting);
    }
}
