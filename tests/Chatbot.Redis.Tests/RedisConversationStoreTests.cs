using Chatbot.Core.Conversations;
using Chatbot.Core.Ports;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests;

/// <summary>Runs on one redis-server and on a three-master cluster alike.</summary>
public abstract class RedisConversationStoreTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : RedisConversationStoreTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : RedisConversationStoreTests(redis);

    private readonly RedisTestScope scope = RedisTestScope.Create(redis, o => o.TranscriptMaxEntries = 5);

    public void Dispose() => scope.Dispose();

    private RedisConversationStore Store => new(scope.Context);

    private RedisInbox Inbox => new(scope.Context);

    [Fact]
    public async Task Unknown_conversation_loads_a_fresh_state()
    {
        var phone = TestData.NewPhone();

        var snapshot = await Store.LoadAsync(phone, "SM1");

        Assert.Equal(phone, snapshot.State.ConversationId);
        Assert.Equal(ConversationMode.Bot, snapshot.State.Mode);
        Assert.Equal("id", snapshot.State.Language);
        Assert.Null(snapshot.State.ETag);
        Assert.False(snapshot.AlreadyProcessed);
    }

    [Fact]
    public async Task Commit_writes_state_replies_transcript_marker_and_ack_together()
    {
        var phone = TestData.NewPhone();
        var partition = scope.Keys.PartitionOf(phone);
        var inbound = TestData.Inbound(phone, "halo");
        await Inbox.AcceptAsync(inbound);
        var entry = Assert.Single(await Inbox.ReadAsync(partition, "w1", 10, TimeSpan.Zero));
        var snapshot = await Store.LoadAsync(phone, inbound.MessageId);
        snapshot.State.Mode = ConversationMode.Queued;
        snapshot.State.DialogState = "{\"step\":2}";

        await Store.CommitAsync(new TurnCommit
        {
            State = snapshot.State,
            Outgoing = [TestData.Outbound(phone, "Selamat datang"), TestData.Outbound(phone, "Pilih layanan")],
            Transcript = [TestData.Line("halo", Speaker.Citizen), TestData.Line("Selamat datang")],
            ProcessedMessageId = inbound.MessageId,
            Ack = entry.Receipt,
        });

        Assert.NotNull(snapshot.State.ETag);
        var reloaded = await Store.LoadAsync(phone, inbound.MessageId);
        Assert.True(reloaded.AlreadyProcessed);
        Assert.Equal(ConversationMode.Queued, reloaded.State.Mode);
        Assert.Equal("{\"step\":2}", reloaded.State.DialogState);
        Assert.Equal(snapshot.State.ETag, reloaded.State.ETag);
        Assert.Equal(["halo", "Selamat datang"], (await Store.GetTranscriptAsync(phone, 10)).Select(t => t.Text));
        var outbox = await new RedisOutbox(scope.Context).ReadAsync(partition, "s1", 10, TimeSpan.Zero);
        Assert.Equal(["Selamat datang", "Pilih layanan"], outbox.Select(o => o.Message.Text));
        Assert.Empty(await Inbox.ReadAsync(partition, "w1", 10, TimeSpan.Zero));
        Assert.True(await scope.Db.KeyTimeToLiveAsync(scope.Keys.ConversationState(phone)) > TimeSpan.FromDays(89));
    }

    [Fact]
    public async Task Stale_etag_commit_writes_nothing()
    {
        var phone = TestData.NewPhone();
        var partition = scope.Keys.PartitionOf(phone);
        var inbound = TestData.Inbound(phone, "halo");
        await Inbox.AcceptAsync(inbound);
        var entry = Assert.Single(await Inbox.ReadAsync(partition, "w1", 10, TimeSpan.Zero));
        var first = await Store.LoadAsync(phone, inbound.MessageId);
        var second = await Store.LoadAsync(phone, inbound.MessageId);
        second.State.Language = "en";
        await Store.CommitAsync(new TurnCommit { State = second.State });

        first.State.Language = "id";
        var error = await Assert.ThrowsAsync<ETagMismatchException>(() => Store.CommitAsync(new TurnCommit
        {
            State = first.State,
            Outgoing = [TestData.Outbound(phone, "should not be sent")],
            Transcript = [TestData.Line("should not be logged")],
            ProcessedMessageId = inbound.MessageId,
            Ack = entry.Receipt,
        }));

        Assert.Equal(phone, error.Key);
        var now = await Store.LoadAsync(phone, inbound.MessageId);
        Assert.Equal("en", now.State.Language);
        Assert.False(now.AlreadyProcessed);
        Assert.Empty(await Store.GetTranscriptAsync(phone, 10));
        Assert.Equal(0, await scope.Db.StreamLengthAsync(scope.Keys.Outbox(partition)));
        var stillPending = Assert.Single(await Inbox.ReadAsync(partition, "w1", 10, TimeSpan.Zero));
        Assert.Equal(entry.Receipt, stillPending.Receipt);
    }

    [Fact]
    public async Task Two_fresh_states_cannot_both_be_committed()
    {
        var phone = TestData.NewPhone();
        var a = await Store.LoadAsync(phone, null);
        var b = await Store.LoadAsync(phone, null);

        await Store.CommitAsync(new TurnCommit { State = a.State });

        await Assert.ThrowsAsync<ETagMismatchException>(() => Store.CommitAsync(new TurnCommit { State = b.State }));
    }

    [Fact]
    public async Task Star_etag_overwrites()
    {
        var phone = TestData.NewPhone();
        var a = await Store.LoadAsync(phone, null);
        await Store.CommitAsync(new TurnCommit { State = a.State });

        var forced = new ConversationState { ConversationId = phone, Mode = ConversationMode.Closed, ETag = "*" };
        await Store.CommitAsync(new TurnCommit { State = forced });

        Assert.Equal(ConversationMode.Closed, (await Store.LoadAsync(phone, null)).State.Mode);
    }

    [Fact]
    public async Task Successive_commits_with_the_returned_etag_succeed()
    {
        var phone = TestData.NewPhone();
        var state = (await Store.LoadAsync(phone, null)).State;

        for (var i = 0; i < 3; i++)
        {
            state.ProfileName = $"name{i}";
            await Store.CommitAsync(new TurnCommit { State = state });
        }

        Assert.Equal("name2", (await Store.LoadAsync(phone, null)).State.ProfileName);
    }

    [Fact]
    public async Task Transcript_keeps_only_the_latest_entries()
    {
        var phone = TestData.NewPhone();
        var state = (await Store.LoadAsync(phone, null)).State;

        for (var i = 0; i < 4; i++)
        {
            await Store.CommitAsync(new TurnCommit { State = state, Transcript = [TestData.Line($"a{i}"), TestData.Line($"b{i}")] });
        }

        Assert.Equal(["b1", "a2", "b2", "a3", "b3"], (await Store.GetTranscriptAsync(phone, 100)).Select(t => t.Text));
        Assert.Equal(["a3", "b3"], (await Store.GetTranscriptAsync(phone, 2)).Select(t => t.Text));
    }

    [Fact]
    public async Task Marker_of_another_message_does_not_count()
    {
        var phone = TestData.NewPhone();
        var state = (await Store.LoadAsync(phone, "SM-a")).State;
        await Store.CommitAsync(new TurnCommit { State = state, ProcessedMessageId = "SM-a" });

        Assert.True((await Store.LoadAsync(phone, "SM-a")).AlreadyProcessed);
        Assert.False((await Store.LoadAsync(phone, "SM-b")).AlreadyProcessed);
        Assert.True(await scope.Db.KeyTimeToLiveAsync(scope.Keys.Processed(phone, "SM-a")) <= TimeSpan.FromHours(168));
    }

    [Fact]
    public async Task Conversation_keys_share_the_partition_hash_tag()
    {
        var phone = TestData.NewPhone();
        var partition = scope.Keys.PartitionOf(phone);
        var tag = $"{{{scope.Keys.PartitionTag(partition)}}}";

        Assert.Contains(tag, (string)scope.Keys.ConversationState(phone)!);
        Assert.Contains(tag, (string)scope.Keys.Transcript(phone)!);
        Assert.Contains(tag, (string)scope.Keys.Processed(phone, "SM1")!);
        Assert.Contains(tag, (string)scope.Keys.Seen(phone, "SM1")!);
        Assert.Contains(tag, (string)scope.Keys.Inbox(partition)!);
        Assert.Contains(tag, (string)scope.Keys.Outbox(partition)!);
        Assert.Contains(tag, (string)scope.Keys.RequesterCases(phone)!);
    }
}
