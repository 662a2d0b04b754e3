using Chatbot.Core.Cases;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests;

/// <summary>Runs on one redis-server and on a three-master cluster alike.</summary>
public abstract class RedisCaseStoreTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : RedisCaseStoreTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : RedisCaseStoreTests(redis);

    private const string Ktp = "lapor-rekam-ktp";
    private const string Kk = "ubah-kk";

    private readonly RedisTestScope scope = RedisTestScope.Create(redis);

    public void Dispose() => scope.Dispose();

    private RedisCaseStore Store => new(scope.Context);

    [Fact]
    public async Task New_case_is_stored_queued_and_found_by_code()
    {
        var draft = TestData.Case(Ktp, TestData.NewNik());

        var admission = await Store.OpenOrJoinAsync(draft);

        Assert.False(admission.JoinedExisting);
        Assert.Equal(draft.Code, admission.Case.Code);
        Assert.Equal(1, admission.QueuePosition);
        Assert.Equal(1, admission.QueueLength);
        var stored = await Store.GetAsync(draft.Code);
        Assert.NotNull(stored);
        Assert.Equal(draft.SubjectNik, stored.SubjectNik);
        Assert.Equal(1, await Store.QueuePositionAsync(draft.Code));
    }

    [Fact]
    public async Task Second_request_for_the_same_nik_and_service_joins_and_keeps_its_place()
    {
        var nik = TestData.NewNik();
        var first = await Store.OpenOrJoinAsync(TestData.Case(Ktp, nik, createdAt: TestData.Now));
        await Store.OpenOrJoinAsync(TestData.Case(Ktp, TestData.NewNik(), createdAt: TestData.Now.AddMinutes(1)));

        var again = await Store.OpenOrJoinAsync(TestData.Case(Ktp, nik, createdAt: TestData.Now.AddMinutes(2)));

        Assert.True(again.JoinedExisting);
        Assert.Equal(first.Case.Code, again.Case.Code);
        Assert.Equal(1, again.QueuePosition);
        Assert.Equal(2, again.QueueLength);
    }

    [Fact]
    public async Task Same_nik_for_another_service_opens_another_case()
    {
        var nik = TestData.NewNik();
        var ktp = await Store.OpenOrJoinAsync(TestData.Case(Ktp, nik));

        var kk = await Store.OpenOrJoinAsync(TestData.Case(Kk, nik));

        Assert.False(kk.JoinedExisting);
        Assert.NotEqual(ktp.Case.Code, kk.Case.Code);
        Assert.Equal(1, kk.QueuePosition);
    }

    [Fact]
    public async Task Closed_case_lets_a_new_one_open()
    {
        var nik = TestData.NewNik();
        var first = (await Store.OpenOrJoinAsync(TestData.Case(Ktp, nik))).Case;
        Assert.True(await Store.UpdateAsync(first with { Status = CaseStatus.Selesai, History = [.. first.History, new StatusChange(CaseStatus.Selesai, TestData.Now.AddDays(3), "siti")] }));
        Assert.Null(await Store.QueuePositionAsync(first.Code));

        var second = await Store.OpenOrJoinAsync(TestData.Case(Ktp, nik));

        Assert.False(second.JoinedExisting);
        Assert.NotEqual(first.Code, second.Case.Code);
        Assert.Equal(CaseStatus.Selesai, (await Store.GetAsync(first.Code))!.Status);
    }

    [Fact]
    public async Task Case_taken_by_an_operator_leaves_the_queue_but_still_joins()
    {
        var nik = TestData.NewNik();
        var first = (await Store.OpenOrJoinAsync(TestData.Case(Ktp, nik))).Case;
        await Store.UpdateAsync(first with { Status = CaseStatus.Diproses });

        var again = await Store.OpenOrJoinAsync(TestData.Case(Ktp, nik));

        Assert.True(again.JoinedExisting);
        Assert.Equal(CaseStatus.Diproses, again.Case.Status);
        Assert.Equal(0, again.QueuePosition);
        Assert.Null(await Store.QueuePositionAsync(first.Code));
    }

    [Fact]
    public async Task Higher_priority_first_then_older_first()
    {
        var oldNormal = await Store.OpenOrJoinAsync(TestData.Case(Ktp, TestData.NewNik(), createdAt: TestData.Now));
        var newNormal = await Store.OpenOrJoinAsync(TestData.Case(Ktp, TestData.NewNik(), createdAt: TestData.Now.AddMinutes(1)));
        var urgent = await Store.OpenOrJoinAsync(TestData.Case(Ktp, TestData.NewNik(), priority: 5, createdAt: TestData.Now.AddMinutes(2)));

        Assert.Equal(1, urgent.QueuePosition);
        Assert.Equal(3, urgent.QueueLength);
        Assert.Equal(2, await Store.QueuePositionAsync(oldNormal.Case.Code));
        Assert.Equal(3, await Store.QueuePositionAsync(newNormal.Case.Code));
    }

    [Fact]
    public async Task Twenty_concurrent_requests_for_one_nik_make_exactly_one_case()
    {
        var nik = TestData.NewNik();
        var phone = TestData.NewPhone();

        var admissions = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            await Task.Yield();
            return await Store.OpenOrJoinAsync(TestData.Case(Ktp, nik, phone));
        }));

        Assert.Single(admissions.Select(a => a.Case.Code).Distinct());
        Assert.Single(admissions, a => !a.JoinedExisting);
        Assert.Equal(1, await scope.Db.SortedSetLengthAsync(scope.Keys.CaseQueue(Ktp, Ktp)));
        Assert.Single(await Store.ListForRequesterAsync(phone));
    }

    [Fact]
    public async Task Requester_list_is_newest_first_with_positions()
    {
        var phone = TestData.NewPhone();
        var older = await Store.OpenOrJoinAsync(TestData.Case(Ktp, TestData.NewNik(), phone, createdAt: TestData.Now));
        var newer = await Store.OpenOrJoinAsync(TestData.Case(Kk, TestData.NewNik(), phone, createdAt: TestData.Now.AddHours(1)));
        await Store.UpdateAsync(newer.Case with { Status = CaseStatus.Diproses });

        var list = await Store.ListForRequesterAsync(phone);

        Assert.Equal([newer.Case.Code, older.Case.Code], list.Select(s => s.Code));
        Assert.Null(list[0].QueuePosition);
        Assert.Equal(1, list[1].QueuePosition);
        Assert.DoesNotContain(older.Case.SubjectNik, list[1].MaskedNik);
        Assert.Empty(await Store.ListForRequesterAsync(TestData.NewPhone()));
    }

    [Fact]
    public async Task Family_member_joining_sees_the_case_too()
    {
        var nik = TestData.NewNik();
        var parent = TestData.NewPhone();
        var child = TestData.NewPhone();
        var opened = await Store.OpenOrJoinAsync(TestData.Case(Ktp, nik, parent));

        await Store.OpenOrJoinAsync(TestData.Case(Ktp, nik, child));

        Assert.Equal(opened.Case.Code, Assert.Single(await Store.ListForRequesterAsync(child)).Code);
    }

    [Fact]
    public async Task Case_moved_to_another_queue_is_found_there_and_joined_there()
    {
        var nik = TestData.NewNik();
        var opened = (await Store.OpenOrJoinAsync(TestData.Case(Ktp, nik, queue: "umum"))).Case;
        Assert.Equal(1, await Store.QueuePositionAsync(opened.Code));

        Assert.True(await Store.UpdateAsync(opened with { Queue = "prioritas", Priority = 5 }));

        Assert.Equal(0, await scope.Db.SortedSetLengthAsync(scope.Keys.CaseQueue(Ktp, "umum")));
        Assert.Equal(1, await scope.Db.SortedSetLengthAsync(scope.Keys.CaseQueue(Ktp, "prioritas")));
        Assert.Equal(1, await Store.QueuePositionAsync(opened.Code));
        var again = await Store.OpenOrJoinAsync(TestData.Case(Ktp, nik, queue: "umum"));
        Assert.True(again.JoinedExisting);
        Assert.Equal(opened.Code, again.Case.Code);
        Assert.Equal("prioritas", again.Case.Queue);
        Assert.Equal(1, again.QueuePosition);
        Assert.Equal(1, again.QueueLength);
    }

    [Fact]
    public async Task Update_of_an_unknown_case_is_false()
    {
        Assert.False(await Store.UpdateAsync(TestData.Case(Ktp, TestData.NewNik())));
    }

    [Fact]
    public async Task Unknown_code_is_null()
    {
        Assert.Null(await Store.GetAsync(CaseCode.New()));
        Assert.Null(await Store.QueuePositionAsync(CaseCode.New()));
    }
}
