using Chatbot.Core.Cases;
using Chatbot.Redis.Routing;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests.Routing;

/// <summary>Routing reads the waiting cases and conversations where the case store and the handoff queue keep them.</summary>
public abstract class RedisWorkSourcesTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : RedisWorkSourcesTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : RedisWorkSourcesTests(redis);

    private readonly RedisTestScope scope = RedisTestScope.Create(redis);

    public void Dispose() => scope.Dispose();

    [Fact]
    public async Task Waiting_cases_in_queue_order_and_waiting_conversations_oldest_first()
    {
        var cases = new RedisCaseStore(scope.Context);
        var older = await cases.OpenOrJoinAsync(TestData.Case("lapor-rekam-ktp", TestData.NewNik(), queue: "ktp-el", createdAt: TestData.Now.AddHours(-2)));
        var urgent = await cases.OpenOrJoinAsync(TestData.Case("lapor-rekam-ktp", TestData.NewNik(), queue: "ktp-el", priority: 5));
        var taken = await cases.OpenOrJoinAsync(TestData.Case("lapor-rekam-ktp", TestData.NewNik(), queue: "ktp-el"));
        await cases.UpdateAsync(taken.Case with { Status = CaseStatus.Diproses });

        var sources = new RedisWorkSources(scope.Context);
        var waiting = await sources.WaitingCasesAsync("lapor-rekam-ktp", "ktp-el", 100);
        Assert.Equal([urgent.Case.Code, older.Case.Code], waiting.Select(c => c.Code));
        Assert.Empty(await sources.WaitingCasesAsync("lapor-rekam-ktp", "other", 100));

        var handoff = new RedisHandoffQueue(scope.Context);
        await handoff.EnqueueAsync("+6281111111111", TestData.Now);
        await handoff.EnqueueAsync("+6282222222222", TestData.Now.AddMinutes(-5));
        var conversations = await sources.WaitingConversationsAsync(100);
        Assert.Equal(["+6282222222222", "+6281111111111"], conversations.Select(c => c.ConversationId));
        Assert.Equal(TestData.Now.AddMinutes(-5), conversations[0].Since);
    }
}
