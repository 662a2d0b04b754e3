using System.Net;
using Chatbot.Core.Conversations;
using Chatbot.Core.Ports;
using Chatbot.Testing;
using Xunit.Abstractions;

namespace Chatbot.Web.Tests.ScaleOut;

/// <summary>Two instances on one Redis share the stream partitions, hand them over, and answer each message once between them.</summary>
[Collection(WebCollection.Name)]
public sealed class PartitionSharingTests(RedisServerFixture redis, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Half = ScaleOutHosts.Partitions / 2;

    private readonly ScaleOutHosts hosts = new(redis);

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await hosts.DisposeAsync();

    [Fact]
    public async Task A_second_host_gets_half_the_partitions_and_together_they_answer_every_message_once()
    {
        var senderA = new RecordingSender();
        var senderB = new RecordingSender();
        var a = hosts.Start(senderA);
        await Eventually.SucceedsAsync(() => hosts.HeldAsync(ScaleOutHosts.Partitions, a), what: "the first host to hold every partition");

        var b = hosts.Start(senderB);
        await Eventually.SucceedsAsync(() => hosts.HeldAsync(Half, a, b), what: "the partitions to be split evenly");

        var phones = Enumerable.Range(0, 40).Select(_ => "+62812" + Random.Shared.NextInt64(10_000_000, 99_999_999)).Distinct().ToList();
        var clients = new[] { a.CreateClient(), b.CreateClient() };
        var sids = new Dictionary<string, string>();
        for (var i = 0; i < phones.Count; i++)
        {
            var message = SignedRequests.Citizen(phones[i], "halo");
            sids[phones[i]] = message.MessageSid;
            using var response = await clients[i % 2].SendAsync(SignedRequests.Inbound(message));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var store = a.Get<IConversationStore>();
        await Eventually.SucceedsAsync(
            async () =>
            {
                foreach (var phone in phones)
                {
                    var bot = (await store.GetTranscriptAsync(phone, 100)).Count(t => t.Speaker == Speaker.Bot);
                    var sent = senderA.Sent.Concat(senderB.Sent).Count(m => m.ConversationId == phone);
                    if (bot == 0 || sent < bot) return false;
                }

                return true;
            },
            TimeSpan.FromSeconds(30),
            "every citizen to be answered and every answer sent");

        var all = senderA.Sent.Concat(senderB.Sent).ToList();
        output.WriteLine($"host A sent {senderA.Sent.Count}, host B sent {senderB.Sent.Count}, citizens {phones.Count}");
        Assert.Equal(all.Count, all.Select(m => m.Id).Distinct().Count());
        foreach (var phone in phones)
        {
            var transcript = await store.GetTranscriptAsync(phone, 100);
            Assert.Single(transcript, t => t.Speaker == Speaker.Citizen && t.MessageId == sids[phone]);
            Assert.Equal(transcript.Count(t => t.Speaker == Speaker.Bot), all.Count(m => m.ConversationId == phone));
        }

        Assert.NotEmpty(senderA.Sent);
        Assert.NotEmpty(senderB.Sent);
        foreach (var client in clients) client.Dispose();
    }

    [Fact]
    public async Task Stopping_one_host_hands_its_partitions_to_the_other_which_then_answers_everyone()
    {
        var senderA = new RecordingSender();
        var a = hosts.Start(senderA);
        var b = hosts.Start(new RecordingSender());
        await Eventually.SucceedsAsync(() => hosts.HeldAsync(Half, a, b), what: "the partitions to be split evenly");

        await hosts.StopAsync(b);

        await Eventually.SucceedsAsync(() => hosts.HeldAsync(ScaleOutHosts.Partitions, a), what: "the remaining host to take every partition over");

        var phones = Enumerable.Range(0, 12).Select(_ => "+62813" + Random.Shared.NextInt64(10_000_000, 99_999_999)).Distinct().ToList();
        using var client = a.CreateClient();
        foreach (var phone in phones)
        {
            using var response = await client.SendAsync(SignedRequests.Inbound(SignedRequests.Citizen(phone, "halo")));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await Eventually.SucceedsAsync(() => Task.FromResult(phones.All(p => senderA.Sent.Any(m => m.ConversationId == p))), TimeSpan.FromSeconds(30), "every citizen to be answered by the remaining host");
    }
}
