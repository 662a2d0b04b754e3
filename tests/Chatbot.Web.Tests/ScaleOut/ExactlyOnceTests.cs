using System.Net;
using Chatbot.Core.Conversations;
using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Chatbot.Redis;
using Chatbot.Testing;
using StackExchange.Redis;

namespace Chatbot.Web.Tests.ScaleOut;

/// <summary>From the citizen's side each message is answered once and each reply sent once, whatever is delivered twice.</summary>
[Collection(WebCollection.Name)]
public sealed class ExactlyOnceTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly ScaleOutHosts hosts = new(redis);

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await hosts.DisposeAsync();

    [Fact]
    public async Task A_redelivered_outbox_entry_whose_reply_was_accepted_is_not_sent_again()
    {
        var sender = new RecordingSender();
        var app = hosts.Start(sender);
        var phone = NewPhone();
        var reply = OutboundMessage.FromBot(phone, "Pilih layanan:", DateTimeOffset.UtcNow);
        var outbox = app.Get<IOutbox>();
        await outbox.EnqueueAsync([reply]);
        await Eventually.SucceedsAsync(async () => (await app.Get<IDeliveryLog>().GetAsync(reply.Id))?.ProviderMessageId is not null, what: "the reply to be accepted");

        // The same entry again, as after a crash between "accepted" and the acknowledgement; then a marker behind it
        // in the same partition: once the marker is sent, the repeat has been settled.
        var marker = OutboundMessage.FromBot(phone, "berikutnya", DateTimeOffset.UtcNow);
        await outbox.EnqueueAsync([reply, marker]);
        await Eventually.SucceedsAsync(async () => (await app.Get<IDeliveryLog>().GetAsync(marker.Id))?.ProviderMessageId is not null, what: "the message after the repeat");

        Assert.Single(sender.Sent, m => m.Id == reply.Id);
    }

    [Fact]
    public async Task A_redelivered_inbound_message_that_was_answered_is_acknowledged_without_a_second_answer()
    {
        var sender = new RecordingSender();
        var app = hosts.Start(sender);
        using var client = app.CreateClient();
        var phone = NewPhone();
        var first = SignedRequests.Citizen(phone, "halo");
        using (var response = await client.SendAsync(SignedRequests.Inbound(first))) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var store = app.Get<IConversationStore>();
        await Eventually.SucceedsAsync(async () => await RepliesAsync(store, phone) > 0 && sender.Sent.Count == await RepliesAsync(store, phone), what: "the first answer");
        var answered = sender.Sent.Count;

        // The webhook's repeat filter forgot the message id (its marker expired): the message reaches the inbox again.
        var keys = app.Get<RedisKeys>();
        await app.Get<IConnectionMultiplexer>().GetDatabase().KeyDeleteAsync(keys.Seen(phone, first.MessageSid));
        using (var response = await client.SendAsync(SignedRequests.Inbound(first))) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var next = SignedRequests.Citizen(phone, "menu");
        using (var response = await client.SendAsync(SignedRequests.Inbound(next))) Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await Eventually.SucceedsAsync(async () => (await store.GetTranscriptAsync(phone, 100)).Any(t => t.MessageId == next.MessageSid), what: "the message after the repeat");
        await Eventually.SucceedsAsync(async () => sender.Sent.Count == await RepliesAsync(store, phone), what: "every answer to be sent");
        var transcript = await store.GetTranscriptAsync(phone, 100);
        Assert.Single(transcript, t => t.MessageId == first.MessageSid);
        Assert.True(sender.Sent.Count > answered);
        Assert.Equal(sender.Sent.Count, sender.Sent.Select(m => m.Id).Distinct().Count());
        Assert.Empty(await app.ReadInboxAsync());
    }

    [Fact]
    public async Task A_permanently_refused_reply_is_marked_failed_and_shown_in_the_conversation()
    {
        var sender = new RecordingSender { RefuseText = "di luar jendela" };
        var app = hosts.Start(sender);
        var phone = NewPhone();
        var refused = OutboundMessage.FromBot(phone, "di luar jendela", DateTimeOffset.UtcNow);
        var next = OutboundMessage.FromBot(phone, "berikutnya", DateTimeOffset.UtcNow);

        await app.Get<IOutbox>().EnqueueAsync([refused, next]);

        var log = app.Get<IDeliveryLog>();
        await Eventually.SucceedsAsync(async () => (await log.GetAsync(next.Id))?.ProviderMessageId is not null, what: "the next reply");
        var record = await log.GetAsync(refused.Id);
        Assert.Equal(DeliveryStatus.Failed, record!.Status);
        Assert.Equal("63016", record.ErrorCode);
        var note = Assert.Single(await app.Get<IConversationStore>().GetTranscriptAsync(phone, 10), t => t.Speaker == Speaker.System);
        Assert.Equal(refused.Id, note.MessageId);
        Assert.Contains("24 jam", note.Text);
        Assert.DoesNotContain("6281234567890", note.Text);
        Assert.Single(sender.Sent, m => m.Id == refused.Id);
    }

    private static string NewPhone() => "+62814" + Random.Shared.NextInt64(10_000_000, 99_999_999);

    private static async Task<int> RepliesAsync(IConversationStore store, string phone) =>
        (await store.GetTranscriptAsync(phone, 100)).Count(t => t.Speaker == Speaker.Bot);
}
