using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;

namespace Chatbot.Web.Tests.Api;

internal static class ApiFactoryExtensions
{
    /// <summary>Every outbox message not yet handed to a sender, read (without blocking) as a test consumer. Only where the workers are off.</summary>
    public static async Task<IReadOnlyList<OutboundMessage>> ReadOutboxAsync(this ChatbotAppFactory app)
    {
        var reader = app.Get<IOutboxReader>();
        var messages = new List<OutboundMessage>();
        for (var partition = 0; partition < reader.Partitions; partition++)
            messages.AddRange((await reader.ReadAsync(partition, ChatbotAppFactory.TestConsumer, 1000, TimeSpan.Zero)).Select(e => e.Message));
        return messages;
    }
}
