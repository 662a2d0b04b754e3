using Chatbot.Core.Activation;
using Chatbot.Core.Ports;
using Chatbot.Testing;
using Chatbot.Web.Tests.Api;

namespace Chatbot.Web.Tests.Activation;

/// <summary>The reminder worker sends a due reminder once, on its own, and leaves the ones not yet due.</summary>
[Collection(WebCollection.Name)]
public sealed class ReminderWorkerTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly ChatbotAppFactory app = new(redis, new Dictionary<string, string?> { ["Activation:ReminderIntervalSeconds"] = "1" });

    public Task InitializeAsync() => redis.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_due_reminder_is_sent_once_and_a_later_one_waits()
    {
        var session = await IkdTestData.SessionAsync(app, days: 1);
        var now = DateTimeOffset.UtcNow;
        var due = await app.Get<IActivationBookings>().BookAsync(
            IkdTestData.Draft(session.Id, 901, "+6281377700901"), [new ScheduledReminder(ReminderKind.HoursBefore, now.AddMinutes(-1))]);
        var later = await app.Get<IActivationBookings>().BookAsync(
            IkdTestData.Draft(session.Id, 902, "+6281377700902"), [new ScheduledReminder(ReminderKind.HoursBefore, now.AddHours(5))]);
        Assert.True(due.Succeeded && later.Succeeded);

        var sent = new List<Core.Messaging.OutboundMessage>();
        await Eventually.SucceedsAsync(async () =>
        {
            sent.AddRange(await app.ReadOutboxAsync());
            return sent.Any(m => m.ConversationId == "+6281377700901");
        }, TimeSpan.FromSeconds(20), "the due reminder in the outbox");
        await Task.Delay(TimeSpan.FromSeconds(2.5)); // two more passes of the worker
        sent.AddRange(await app.ReadOutboxAsync());

        Assert.Single(sent.DistinctBy(m => m.Id), m => m.ConversationId == "+6281377700901"); // the test consumer may read an entry again
        Assert.DoesNotContain(sent, m => m.ConversationId == "+6281377700902");
    }
}
