using System.Collections.Concurrent;
using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;

namespace Chatbot.Web.Tests.Activation;

/// <summary>
/// The citizens' phones in place of Twilio: takes every message the outbox sends, keeps it per recipient, and wakes
/// whoever waits for that recipient's next message.
/// </summary>
public sealed class CitizenPhones : IMessageSender
{
    private readonly ConcurrentDictionary<string, Phone> phones = new(StringComparer.Ordinal);

    public IReadOnlyList<OutboundMessage> Received(string phone) => Of(phone).Messages;

    public int Total => phones.Values.Sum(p => p.Messages.Count);

    /// <summary>Completes when <paramref name="phone"/> has received more than <paramref name="seen"/> messages, or after <paramref name="timeout"/>.</summary>
    public Task WaitForMoreAsync(string phone, int seen, TimeSpan timeout) => Of(phone).WaitForMoreAsync(seen, timeout);

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        Of(message.ConversationId).Add(message);
        return Task.FromResult<SendResult>(new SendResult.Accepted("SM" + Guid.NewGuid().ToString("N"), DeliveryStatus.Queued));
    }

    private Phone Of(string phone) => phones.GetOrAdd(phone, _ => new Phone());

    private sealed class Phone
    {
        private readonly List<OutboundMessage> messages = [];
        private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IReadOnlyList<OutboundMessage> Messages
        {
            get
            {
                lock (messages) return messages.ToList();
            }
        }

        public void Add(OutboundMessage message)
        {
            TaskCompletionSource wake;
            lock (messages)
            {
                messages.Add(message);
                wake = changed;
                changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            wake.TrySetResult();
        }

        public async Task WaitForMoreAsync(int seen, TimeSpan timeout)
        {
            Task next;
            lock (messages)
            {
                if (messages.Count > seen) return;
                next = changed.Task;
            }

            await Task.WhenAny(next, Task.Delay(timeout));
        }
    }
}
