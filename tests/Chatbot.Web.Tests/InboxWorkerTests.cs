using System.Net;
using Chatbot.Core.Ports;
using Chatbot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Chatbot.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class InboxWorkerTests(RedisServerFixture redis) : IAsyncLifetime
{
    public Task InitializeAsync() => redis.StartAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Messages_reach_the_handler_in_order_and_a_failure_is_retried_before_the_next()
    {
        var handler = new FailingOnceHandler();
        await using var app = new ChatbotAppFactory(redis, new Dictionary<string, string?> { ["Workers:Enabled"] = "true" },
            s => s.AddSingleton<IInboundHandler>(sp => handler.Using(sp.GetRequiredService<IInboxReader>())));
        var client = app.CreateClient();

        foreach (var text in new[] { "satu", "dua", "tiga" })
        {
            using var response = await client.SendAsync(SignedRequests.Inbound(SignedRequests.Citizen(text: text)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await Eventually.SucceedsAsync(() => Task.FromResult(handler.Handled.Count == 3), TimeSpan.FromSeconds(20), "three handled messages");
        Assert.Equal(["satu", "satu", "dua", "tiga"], handler.Attempts);
        Assert.Equal(["satu", "dua", "tiga"], handler.Handled);
    }

    [Fact]
    public async Task Without_a_handler_the_host_starts_and_messages_wait()
    {
        await using var app = new ChatbotAppFactory(redis, new Dictionary<string, string?> { ["Workers:Enabled"] = "true" });

        using var response = await app.CreateClient().SendAsync(SignedRequests.Inbound(SignedRequests.Citizen()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Fails the first message once, then handles and acknowledges every message, as the real handler's commit would.</summary>
    private sealed class FailingOnceHandler : IInboundHandler
    {
        private IInboxReader? inbox;
        private bool failed;

        public List<string> Attempts { get; } = [];

        public List<string> Handled { get; } = [];

        public FailingOnceHandler Using(IInboxReader reader)
        {
            inbox = reader;
            return this;
        }

        public async Task HandleAsync(InboxEntry entry, CancellationToken cancellationToken = default)
        {
            lock (Attempts) Attempts.Add(entry.Message.Text);
            if (!failed)
            {
                failed = true;
                throw new InvalidOperationException("NIK 3672010101900001 could not be checked");
            }

            await inbox!.AckAsync(entry.Receipt, cancellationToken);
            lock (Handled) Handled.Add(entry.Message.Text);
        }
    }
}
