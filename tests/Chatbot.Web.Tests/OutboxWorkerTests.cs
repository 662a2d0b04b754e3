using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Chatbot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Chatbot.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class OutboxWorkerTests(RedisServerFixture redis) : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> WorkersAndSimulator = new()
    {
        ["Workers:Enabled"] = "true",
        ["Simulator:Enabled"] = "true",
    };

    public Task InitializeAsync() => redis.StartAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Queued_reply_goes_through_the_rest_client_to_the_sink_and_ends_read()
    {
        await using var app = new ChatbotAppFactory(redis, WorkersAndSimulator);
        app.CreateClient().Dispose();
        var message = OutboundMessage.FromBot("+6281234567890", "Pilih layanan:", DateTimeOffset.UtcNow);

        await app.Get<IOutbox>().EnqueueAsync([message]);

        await Eventually.SucceedsAsync(async () => (await app.Get<IDeliveryLog>().GetAsync(message.Id))?.Status == DeliveryStatus.Read, what: "the reply to be read");
    }

    [Fact]
    public async Task Reply_older_than_the_maximum_age_is_marked_expired_not_sent()
    {
        var sender = new ScriptedSender();
        await using var app = new ChatbotAppFactory(redis, WorkersAndSimulator, s => s.Replace(ServiceDescriptor.Singleton<IMessageSender>(sender)));
        app.CreateClient().Dispose();
        var stale = OutboundMessage.FromBot("+6281234567890", "terlambat", DateTimeOffset.UtcNow.AddHours(-3));

        await app.Get<IOutbox>().EnqueueAsync([stale]);

        await Eventually.SucceedsAsync(async () => (await app.Get<IDeliveryLog>().GetAsync(stale.Id))?.Status == DeliveryStatus.Failed, what: "the expiry");
        Assert.Empty(sender.Calls);
    }

    [Fact]
    public async Task Transient_failure_retries_the_same_message_before_the_next_one()
    {
        var sender = new ScriptedSender { TransientFirst = 2 };
        await using var app = new ChatbotAppFactory(redis, WorkersAndSimulator, s => s.Replace(ServiceDescriptor.Singleton<IMessageSender>(sender)));
        app.CreateClient().Dispose();
        var now = DateTimeOffset.UtcNow;
        var first = OutboundMessage.FromBot("+6281234567890", "satu", now);
        var second = OutboundMessage.FromBot("+6281234567890", "dua", now);

        await app.Get<IOutbox>().EnqueueAsync([first, second]);

        await Eventually.SucceedsAsync(async () => (await app.Get<IDeliveryLog>().GetAsync(second.Id))?.Status == DeliveryStatus.Queued, TimeSpan.FromSeconds(20), "the second message");
        Assert.Equal(["satu", "satu", "satu", "dua"], sender.Calls);
    }

    [Fact]
    public async Task Permanent_failure_is_recorded_and_the_queue_moves_on()
    {
        var sender = new ScriptedSender { PermanentText = "nomor salah" };
        await using var app = new ChatbotAppFactory(redis, WorkersAndSimulator, s => s.Replace(ServiceDescriptor.Singleton<IMessageSender>(sender)));
        app.CreateClient().Dispose();
        var now = DateTimeOffset.UtcNow;
        var refused = OutboundMessage.FromBot("+6281234567890", "nomor salah", now);
        var next = OutboundMessage.FromBot("+6281234567890", "berikutnya", now);

        await app.Get<IOutbox>().EnqueueAsync([refused, next]);

        await Eventually.SucceedsAsync(async () => (await app.Get<IDeliveryLog>().GetAsync(next.Id))?.Status == DeliveryStatus.Queued, what: "the next message");
        var record = await app.Get<IDeliveryLog>().GetAsync(refused.Id);
        Assert.Equal(DeliveryStatus.Failed, record?.Status);
        Assert.Equal("21211", record?.ErrorCode);
    }

    [Fact]
    public async Task An_attempt_without_an_outcome_is_looked_up_and_recorded_without_sending_when_the_provider_has_it()
    {
        var sender = new ScriptedSender { Found = ["SMfound0000000000000000000000000001"] };
        await using var app = new ChatbotAppFactory(redis, WorkersAndSimulator, s => s.Replace(ServiceDescriptor.Singleton<IMessageSender>(sender)));
        app.CreateClient().Dispose();
        var message = OutboundMessage.FromBot("+6281234567890", "sudah terkirim sebelum crash", DateTimeOffset.UtcNow);
        // A sender died between the provider's 201 and its record: the attempt is counted, the outcome is not.
        var attemptAt = DateTimeOffset.UtcNow;
        await app.Get<IDeliveryAttempts>().BeginAttemptAsync(message, attemptAt);

        await app.Get<IOutbox>().EnqueueAsync([message]);

        await Eventually.SucceedsAsync(async () => (await app.Get<IDeliveryLog>().GetAsync(message.Id))?.ProviderMessageId == "SMfound0000000000000000000000000001", what: "the provider's message to be recorded");
        Assert.Empty(sender.Calls);
        var lookup = Assert.Single(sender.Lookups);
        Assert.Equal(message.Id, lookup.Message.Id);
        Assert.Equal(attemptAt, lookup.Since);
    }

    [Fact]
    public async Task An_attempt_the_provider_never_got_is_sent_after_the_lookup()
    {
        var sender = new ScriptedSender();
        await using var app = new ChatbotAppFactory(redis, WorkersAndSimulator, s => s.Replace(ServiceDescriptor.Singleton<IMessageSender>(sender)));
        app.CreateClient().Dispose();
        var message = OutboundMessage.FromBot("+6281234567890", "belum pernah sampai", DateTimeOffset.UtcNow);
        await app.Get<IDeliveryAttempts>().BeginAttemptAsync(message, DateTimeOffset.UtcNow);

        await app.Get<IOutbox>().EnqueueAsync([message]);

        await Eventually.SucceedsAsync(async () => (await app.Get<IDeliveryLog>().GetAsync(message.Id))?.Status == DeliveryStatus.Queued, what: "the message to be sent");
        Assert.Equal(["belum pernah sampai"], sender.Calls);
        Assert.Single(sender.Lookups);
    }

    [Fact]
    public async Task A_listed_message_already_recorded_for_another_reply_is_not_taken_for_this_one()
    {
        var sender = new ScriptedSender { Found = ["SMearlier000000000000000000000000001"] };
        await using var app = new ChatbotAppFactory(redis, WorkersAndSimulator, s => s.Replace(ServiceDescriptor.Singleton<IMessageSender>(sender)));
        app.CreateClient().Dispose();
        var now = DateTimeOffset.UtcNow;
        // The citizen typed "menu" twice: the same text went out before, and that one is recorded.
        var earlier = OutboundMessage.FromBot("+6281234567890", "Menu utama", now);
        await app.Get<IDeliveryLog>().MarkAcceptedAsync(earlier, "SMearlier000000000000000000000000001", DeliveryStatus.Queued, now);
        var message = OutboundMessage.FromBot("+6281234567890", "Menu utama", now);
        await app.Get<IDeliveryAttempts>().BeginAttemptAsync(message, now);

        await app.Get<IOutbox>().EnqueueAsync([message]);

        await Eventually.SucceedsAsync(async () => (await app.Get<IDeliveryLog>().GetAsync(message.Id))?.Status == DeliveryStatus.Queued, what: "the message to be sent");
        Assert.Equal(["Menu utama"], sender.Calls);
        Assert.NotEqual("SMearlier000000000000000000000000001", (await app.Get<IDeliveryLog>().GetAsync(message.Id))?.ProviderMessageId);
    }

    [Fact]
    public async Task A_message_sent_at_first_try_is_never_looked_up()
    {
        var sender = new ScriptedSender();
        await using var app = new ChatbotAppFactory(redis, WorkersAndSimulator, s => s.Replace(ServiceDescriptor.Singleton<IMessageSender>(sender)));
        app.CreateClient().Dispose();
        var message = OutboundMessage.FromBot("+6281234567890", "langsung", DateTimeOffset.UtcNow);

        await app.Get<IOutbox>().EnqueueAsync([message]);

        await Eventually.SucceedsAsync(async () => (await app.Get<IDeliveryLog>().GetAsync(message.Id))?.Status == DeliveryStatus.Queued, what: "the message to be sent");
        Assert.Equal(["langsung"], sender.Calls);
        Assert.Empty(sender.Lookups);
    }

    /// <summary>A provider that answers per script: some transient failures first (with a short Retry-After), or a permanent refusal for one text.</summary>
    private sealed class ScriptedSender : IMessageSender
    {
        private int transientLeft = -1;

        public int TransientFirst { get; init; }

        public string? PermanentText { get; init; }

        public List<string?> Calls { get; } = [];

        /// <summary>What <see cref="FindSentAsync"/> answers: the provider's ids of matching messages.</summary>
        public IReadOnlyList<string> Found { get; init; } = [];

        public List<(OutboundMessage Message, DateTimeOffset Since)> Lookups { get; } = [];

        public Task<SentLookup> FindSentAsync(OutboundMessage message, DateTimeOffset since, CancellationToken cancellationToken = default)
        {
            lock (Calls) Lookups.Add((message, since));
            return Task.FromResult<SentLookup>(new SentLookup.Answered(Found));
        }

        public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken = default)
        {
            lock (Calls)
            {
                Calls.Add(message.Text);
                if (transientLeft < 0) transientLeft = TransientFirst;
                if (transientLeft > 0)
                {
                    transientLeft--;
                    return Task.FromResult<SendResult>(new SendResult.Transient("429 too many requests", TimeSpan.FromMilliseconds(100)));
                }

                if (message.Text == PermanentText) return Task.FromResult<SendResult>(new SendResult.Permanent("21211", "invalid To"));
                return Task.FromResult<SendResult>(new SendResult.Accepted("SM" + Guid.NewGuid().ToString("N"), DeliveryStatus.Queued));
            }
        }
    }
}
