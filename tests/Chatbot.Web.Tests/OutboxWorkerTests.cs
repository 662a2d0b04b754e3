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

    /// <summary>A provider that answers per script: some transient failures first (with a short Retry-After), or a permanent refusal for one text.</summary>
    private sealed class ScriptedSender : IMessageSender
    {
        private int transientLeft = -1;

        public int TransientFirst { get; init; }

        public string? PermanentText { get; init; }

        public List<string?> Calls { get; } = [];

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
