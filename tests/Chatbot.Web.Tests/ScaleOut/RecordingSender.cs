using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;

namespace Chatbot.Web.Tests.ScaleOut;

/// <summary>A provider that takes every message (or refuses some permanently) and remembers what it was given.</summary>
public sealed class RecordingSender : IMessageSender
{
    private readonly List<OutboundMessage> sent = [];

    /// <summary>Messages with this text are refused for good with <see cref="RefusalCode"/>.</summary>
    public string? RefuseText { get; init; }

    public string RefusalCode { get; init; } = "63016";

    public string RefusalReason { get; init; } = "Twilio error 63016: outside the allowed window for +6281234567890";

    public IReadOnlyList<OutboundMessage> Sent
    {
        get
        {
            lock (sent) return sent.ToList();
        }
    }

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken = default)
    {
        lock (sent) sent.Add(message);
        return Task.FromResult<SendResult>(message.Text == RefuseText
            ? new SendResult.Permanent(RefusalCode, RefusalReason)
            : new SendResult.Accepted("SM" + Guid.NewGuid().ToString("N"), DeliveryStatus.Queued));
    }
}
