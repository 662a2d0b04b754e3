using Chatbot.Core.Conversations;
using Chatbot.Core.Ports;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests;

/// <summary>A line added outside a turn (a reply that could not be delivered) on one redis-server and on a cluster.</summary>
public abstract class RedisTranscriptAppendTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : RedisTranscriptAppendTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : RedisTranscriptAppendTests(redis);

    private readonly RedisTestScope scope = RedisTestScope.Create(redis, o => o.TranscriptMaxEntries = 3);

    public void Dispose() => scope.Dispose();

    private RedisConversationStore Store => new(scope.Context);

    [Fact]
    public async Task Appended_line_follows_the_turns_lines_leaves_the_state_alone_and_respects_the_length()
    {
        var phone = TestData.NewPhone();
        var snapshot = await Store.LoadAsync(phone, null);
        await Store.CommitAsync(new TurnCommit { State = snapshot.State, Transcript = [TestData.Line("halo", Speaker.Citizen), TestData.Line("Selamat datang")] });
        var etag = snapshot.State.ETag;

        await Store.AppendTranscriptAsync(phone, new TranscriptEntry(Speaker.System, "Balasan tidak terkirim", TestData.Now, "out-1"));
        await Store.AppendTranscriptAsync(phone, new TranscriptEntry(Speaker.System, "Balasan tidak terkirim lagi", TestData.Now, "out-2"));

        var transcript = await Store.GetTranscriptAsync(phone, 10);
        Assert.Equal(["Selamat datang", "Balasan tidak terkirim", "Balasan tidak terkirim lagi"], transcript.Select(t => t.Text));
        Assert.Equal(Speaker.System, transcript[^1].Speaker);
        Assert.Equal("out-2", transcript[^1].MessageId);
        Assert.Equal(etag, (await Store.LoadAsync(phone, null)).State.ETag);
        Assert.True(await scope.Db.KeyTimeToLiveAsync(scope.Keys.Transcript(phone)) > TimeSpan.Zero);
    }
}
