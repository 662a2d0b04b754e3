using System.Net;
using Chatbot.Core.Conversations;
using Chatbot.Core.Ports;
using Chatbot.Testing;
using StackExchange.Redis;

namespace Chatbot.Redis.Tests;

/// <summary>
/// The key layout on a real three-master cluster: slots as StackExchange.Redis computes them (not the product's own
/// CRC16), owners as the cluster reports them.
/// </summary>
[Collection(RedisClusterCollection.Name)]
public sealed class RedisClusterLayoutTests(RedisClusterFixture cluster) : IDisposable
{
    private readonly RedisTestScope scope = RedisTestScope.Create(cluster);

    public void Dispose() => scope.Dispose();

    [Fact]
    public void Every_key_of_the_webhook_accept_and_the_turn_touches_one_slot_per_conversation()
    {
        var inbox = new RedisInbox(scope.Context);
        var store = new RedisConversationStore(scope.Context);
        for (var i = 0; i < 200; i++)
        {
            var phone = TestData.NewPhone();
            var message = TestData.Inbound(phone, "halo");
            var commit = new TurnCommit
            {
                State = new ConversationState { ConversationId = phone },
                Outgoing = [TestData.Outbound(phone, "Selamat datang")],
                ProcessedMessageId = message.MessageId,
                Ack = new InboxReceipt(scope.Keys.PartitionOf(phone), "1-0"),
            };
            RedisKey[] keys =
            [
                .. inbox.AcceptKeys(message),
                .. store.LoadKeys(phone, message.MessageId),
                .. store.CommitKeys(commit),
                scope.Keys.Transcript(phone),
                scope.Keys.RequesterCases(phone),
            ];

            var slots = keys.Select(k => scope.Multiplexer.HashSlot(k)).Distinct().ToList();

            Assert.True(slots.Count == 1, $"{phone}: keys in slots {string.Join(", ", slots)}: {string.Join(", ", keys)}");
        }
    }

    [Fact]
    public void Sixteen_partitions_spread_evenly_over_the_three_masters()
    {
        Assert.Equal(16, scope.Context.Options.Partitions);
        var configuration = scope.Multiplexer.GetServer(scope.Multiplexer.GetEndPoints()[0]).ClusterConfiguration;
        Assert.NotNull(configuration);

        var owners = Enumerable.Range(0, 16)
            .Select(p =>
            {
                var slot = scope.Multiplexer.HashSlot(scope.Keys.Inbox(p));
                Assert.Equal(slot, scope.Multiplexer.HashSlot(scope.Keys.Outbox(p)));
                return configuration.GetBySlot(slot)!.EndPoint!;
            })
            .GroupBy(endPoint => endPoint.ToString() ?? string.Empty)
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(RedisClusterFixture.Masters, owners.Count);
        Assert.All(owners.Values, count => Assert.InRange(count, 5, 6));
    }

    [Fact]
    public async Task Streams_are_written_on_the_master_owning_their_partition()
    {
        var inbox = new RedisInbox(scope.Context);
        var phones = Enumerable.Range(0, 64).Select(_ => TestData.NewPhone()).ToList();
        foreach (var phone in phones) Assert.True(await inbox.AcceptAsync(TestData.Inbound(phone, "halo")));

        var holders = new HashSet<EndPoint>();
        foreach (var node in cluster.Nodes)
        {
            var server = scope.Multiplexer.GetServer(IPAddress.Loopback, node.Port);
            for (var p = 0; p < 16; p++)
            {
                // Asked directly (no redirection): a node answers only for the slots it owns.
                if (server.ClusterConfiguration!.GetBySlot(scope.Keys.Inbox(p))!.EndPoint!.Equals(server.EndPoint)
                    && await server.ExecuteAsync("EXISTS", scope.Keys.Inbox(p)) is { } exists && (long)exists == 1)
                {
                    holders.Add(server.EndPoint);
                }
            }
        }

        Assert.Equal(RedisClusterFixture.Masters, holders.Count);
    }
}
