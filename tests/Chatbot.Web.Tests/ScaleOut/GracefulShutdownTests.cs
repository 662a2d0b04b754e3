using System.Net;
using Chatbot.Core.Ports;
using Chatbot.Testing;
using Chatbot.Web.Workers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Tests.ScaleOut;

/// <summary>On SIGTERM: /readyz says "draining" at once, no new work is taken, the in-flight message finishes, then the leases go.</summary>
[Collection(WebCollection.Name)]
public sealed class GracefulShutdownTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly ScaleOutHosts hosts = new(redis);

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await hosts.DisposeAsync();

    [Fact]
    public async Task Readyz_is_503_while_draining_and_the_in_flight_message_finishes_before_its_lease_is_released()
    {
        var handler = new BlockingHandler();
        var app = hosts.Start(new RecordingSender(), s => s.AddSingleton<IInboundHandler>(sp => handler.Using(sp.GetRequiredService<IInboxReader>())));
        using var client = app.CreateClient();
        var self = ScaleOutHosts.InstanceId(app);
        const string phone = "+6281298765432";
        var partition = hosts.Keys.PartitionOf(phone);
        await Eventually.SucceedsAsync(async () => (await hosts.LeaseOwnersAsync(InboxWorker.StreamName))[partition] == self, what: "the inbox lease");
        using (var ready = await client.GetAsync("/readyz")) Assert.Equal(HttpStatusCode.OK, ready.StatusCode);

        using (var response = await client.SendAsync(SignedRequests.Inbound(SignedRequests.Citizen(phone, "satu")))) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using (var response = await client.SendAsync(SignedRequests.Inbound(SignedRequests.Citizen(phone, "dua")))) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await handler.Started.Task.WaitAsync(TimeSpan.FromSeconds(15));

        app.Get<IHostApplicationLifetime>().StopApplication();

        using (var draining = await client.GetAsync("/readyz"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, draining.StatusCode);
            Assert.Equal("draining", await draining.Content.ReadAsStringAsync());
        }

        // Still in flight: the lease stays until the message is done (meanwhile the host is shutting down).
        await Task.Delay(500);
        Assert.Equal(self, (await hosts.LeaseOwnersAsync(InboxWorker.StreamName))[partition]);

        handler.Release.SetResult();

        await Eventually.SucceedsAsync(async () => (await hosts.LeaseOwnersAsync(InboxWorker.StreamName)).All(o => o is null), what: "every inbox lease to be released");
        await Eventually.SucceedsAsync(async () => (await hosts.LeaseOwnersAsync(OutboxWorker.StreamName)).All(o => o is null), what: "every outbox lease to be released");
        Assert.Equal(["satu"], handler.Handled);

        // The rest stays in the group for the other instances: "dua" is still waiting in the inbox.
        Assert.Equal(["dua"], (await hosts.ReadInboxAsync()).Select(e => e.Message.Text));
    }

    [Fact]
    public async Task The_shutdown_budget_is_Workers_ShutdownSeconds()
    {
        var standard = hosts.Start(new RecordingSender());
        Assert.Equal(TimeSpan.FromSeconds(20), standard.Get<IOptions<HostOptions>>().Value.ShutdownTimeout);

        await using var shorter = new ScaleOutHosts(redis, new Dictionary<string, string?> { ["Workers:ShutdownSeconds"] = "7" });
        Assert.Equal(TimeSpan.FromSeconds(7), shorter.Start(new RecordingSender()).Get<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    /// <summary>Holds the first message until released, then acknowledges it as the real handler's commit would.</summary>
    private sealed class BlockingHandler : IInboundHandler
    {
        private IInboxReader? inbox;

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<string> Handled { get; } = [];

        public BlockingHandler Using(IInboxReader reader)
        {
            inbox = reader;
            return this;
        }

        public async Task HandleAsync(InboxEntry entry, CancellationToken cancellationToken = default)
        {
            Started.TrySetResult();
            await Release.Task;
            await inbox!.AckAsync(entry.Receipt, cancellationToken);
            lock (Handled) Handled.Add(entry.Message.Text);
        }
    }
}
