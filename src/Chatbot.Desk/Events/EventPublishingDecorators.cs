using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;

namespace Chatbot.Desk.Events;

/// <summary>
/// After the inbox path handled a citizen's message (its turn committed), every console hears of it: one event with
/// the conversation's mode and holder, so that an operator's console shows it without reloading.
/// </summary>
public sealed class InboundEventPublisher(IInboundHandler inner, IConversationStore store, ConsoleEventPublisher events) : IInboundHandler
{
    public async Task HandleAsync(InboxEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await inner.HandleAsync(entry, cancellationToken);
        var state = (await store.LoadAsync(entry.Message.ConversationId, null, cancellationToken)).State;
        await events.PublishAsync(ConsoleEventTypes.Message, state.ConversationId, holder: state.Operator, detail: state.Mode.ToString(), cancellationToken: cancellationToken);
    }
}

/// <summary>Delivery ticks (accepted, sent, delivered, read, failed) reach every console as they are recorded.</summary>
public sealed class DeliveryEventPublisher(IDeliveryLog inner, IDeliveryLookup lookup, ConsoleEventPublisher events) : IDeliveryLog
{
    public async Task MarkAcceptedAsync(OutboundMessage message, string providerMessageId, DeliveryStatus status, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await inner.MarkAcceptedAsync(message, providerMessageId, status, at, cancellationToken);
        await events.PublishAsync(ConsoleEventTypes.Delivery, message.ConversationId, detail: status.ToString(), cancellationToken: cancellationToken);
    }

    public async Task MarkFailedAsync(OutboundMessage message, string? errorCode, string reason, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await inner.MarkFailedAsync(message, errorCode, reason, at, cancellationToken);
        await events.PublishAsync(ConsoleEventTypes.Delivery, message.ConversationId, detail: DeliveryStatus.Failed.ToString(), cancellationToken: cancellationToken);
    }

    public async Task ApplyAsync(StatusUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        await inner.ApplyAsync(update, cancellationToken);
        var record = await lookup.FindByProviderIdAsync(update.ProviderMessageId, cancellationToken);
        if (record is not null && record.ConversationId.Length > 0)
            await events.PublishAsync(ConsoleEventTypes.Delivery, record.ConversationId, detail: record.Status.ToString(), cancellationToken: cancellationToken);
    }

    public Task<DeliveryRecord?> GetAsync(string outboundMessageId, CancellationToken cancellationToken = default) =>
        inner.GetAsync(outboundMessageId, cancellationToken);
}
