using Chatbot.Core.Conversations;
using Chatbot.Web.Diagnostics;
using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Chatbot.Twilio;
using Chatbot.Web.Options;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Workers;

/// <summary>
/// Sends queued replies through <see cref="IMessageSender"/> within the send rate shared by all instances
/// (<see cref="ISendRateGate"/>, Twilio:MaxMessagesPerSecond). A transient failure retries the same entry with
/// exponential backoff and jitter (blocking its partition, so a conversation is never reordered); a permanent one, an
/// exhausted one or an expired message is marked failed and shown in the conversation's transcript; an accepted one is
/// recorded with the provider's id. Each outcome is recorded before the entry is acknowledged, and an entry whose
/// outcome is already recorded (seen again after a crash between the two, or taken over from a dead instance) is
/// acknowledged without being sent again.
/// </summary>
public sealed class OutboxWorker(
    IOutboxReader outbox,
    IServiceProvider services,
    IDeliveryLog deliveries,
    IConversationStore conversations,
    ISendRateGate rate,
    IOptions<TwilioOptions> twilio,
    TimeProvider clock,
    IPartitionLeases leases,
    InstanceMembership membership,
    IOptions<WorkerOptions> options,
    ILogger<OutboxWorker> logger) : PartitionedWorker(leases, membership, options, logger)
{
    public const string StreamName = "outbox";

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromMinutes(2);

    protected override string Stream => StreamName;

    protected override int Partitions => outbox.Partitions;

    protected override async Task WorkOnceAsync(int partition, CancellationToken stopping, CancellationToken leaseLost)
    {
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(stopping, leaseLost);
        var started = DateTimeOffset.UtcNow;
        var entries = await outbox.ReadAsync(partition, Owner, Options.BatchSize, Options.Poll, reading.Token);
        if (entries.Count == 0)
        {
            await IdleAsync(started, reading.Token);
            return;
        }

        foreach (var entry in entries)
        {
            if (stopping.IsCancellationRequested || leaseLost.IsCancellationRequested) return;
            if (!await DeliverAsync(entry, stopping, leaseLost)) return;
        }
    }

    /// <summary>True when the entry is settled and acknowledged; false when it was left pending (shutdown, hand-over, lease lost).</summary>
    private async Task<bool> DeliverAsync(OutboxEntry entry, CancellationToken stopping, CancellationToken leaseLost)
    {
        var message = entry.Message;
        if (await deliveries.GetAsync(message.Id, leaseLost) is { } settled)
        {
            // Twilio has no idempotency key: the recorded outcome is what keeps a message from being sent twice.
            logger.LogInformation("Message {Id} to {Conversation} was settled before ({Status}); acknowledged without sending it again", message.Id, SensitiveText.MaskConversation(message.ConversationId), settled.Status);
            return await SettleAsync(entry, [], leaseLost);
        }

        for (var attempt = 1; ; attempt++)
        {
            if (clock.GetUtcNow() - message.CreatedAt > Options.MaxMessageAge)
            {
                logger.LogWarning("Message {Id} to {Conversation} expired before it could be sent", message.Id, SensitiveText.MaskConversation(message.ConversationId));
                return await FailAsync(entry, null, DeliveryFailureNote.ExpiredReason, leaseLost);
            }

            using (var waiting = CancellationTokenSource.CreateLinkedTokenSource(stopping, leaseLost))
            {
                try
                {
                    await rate.WaitAsync(twilio.Value.MaxMessagesPerSecond, waiting.Token);
                }
                catch (OperationCanceledException) when (waiting.IsCancellationRequested)
                {
                    return false;
                }
            }

            var result = await SendAsync(message, leaseLost);
            switch (result)
            {
                case null:
                    return false;
                case SendResult.Accepted accepted:
                    return await SettleAsync(entry, [() => deliveries.MarkAcceptedAsync(message, accepted.ProviderMessageId, accepted.Status, clock.GetUtcNow(), leaseLost)], leaseLost);
                case SendResult.Permanent permanent:
                    logger.LogWarning("Message {Id} to {Conversation} refused ({Code}): {Reason}", message.Id, SensitiveText.MaskConversation(message.ConversationId), permanent.ErrorCode, DeliveryFailureNote.Loggable(permanent.Reason));
                    return await FailAsync(entry, permanent.ErrorCode, permanent.Reason, leaseLost);
                case SendResult.Transient transient when attempt >= Options.SendRetryMaxAttempts:
                    logger.LogWarning("Message {Id} to {Conversation} failed {Attempts} times, giving up: {Reason}", message.Id, SensitiveText.MaskConversation(message.ConversationId), attempt, DeliveryFailureNote.Loggable(transient.Reason));
                    return await FailAsync(entry, null, DeliveryFailureNote.RetriesExhaustedPrefix + transient.Reason, leaseLost);
                case SendResult.Transient transient:
                    var delay = RetryBackoff.Compute(attempt, FirstRetry, LongestRetry, transient.RetryAfter);
                    logger.LogInformation("Message {Id}: attempt {Attempt} failed ({Reason}); retrying in {Delay}", message.Id, attempt, DeliveryFailureNote.Loggable(transient.Reason), delay);
                    using (var waiting = CancellationTokenSource.CreateLinkedTokenSource(stopping, leaseLost))
                    {
                        if (!await DelayQuietly(delay, waiting.Token)) return false;
                    }

                    break;
            }
        }
    }

    /// <summary>The provider's answer, a transient failure for an unexpected exception, or null when the lease was lost mid-call.</summary>
    private async Task<SendResult?> SendAsync(OutboundMessage message, CancellationToken leaseLost)
    {
        try
        {
            // Resolved per message: the sender is a typed HttpClient, which must not live as long as this worker.
            return await services.GetRequiredService<IMessageSender>().SendAsync(message, leaseLost);
        }
        catch (OperationCanceledException) when (leaseLost.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex)
        {
            return new SendResult.Transient(ex.GetType().Name + ": " + ex.Message);
        }
    }

    /// <summary>
    /// A failure the operator must see: a System line in the conversation (the console shows it), then the delivery
    /// record. The record comes last because it is what marks the entry settled: a crash in between shows the line
    /// twice rather than never.
    /// </summary>
    private Task<bool> FailAsync(OutboxEntry entry, string? errorCode, string reason, CancellationToken leaseLost)
    {
        var message = entry.Message;
        var at = clock.GetUtcNow();
        var note = new TranscriptEntry(Speaker.System, DeliveryFailureNote.Text(errorCode, reason), at, message.Id);
        return SettleAsync(
            entry,
            [
                () => conversations.AppendTranscriptAsync(message.ConversationId, note, leaseLost),
                () => deliveries.MarkFailedAsync(message, errorCode, reason, at, leaseLost),
            ],
            leaseLost);
    }

    /// <summary>
    /// Records the outcome (steps in order, each done once) and acknowledges the entry, retrying while the store is
    /// unreachable: once Twilio has the message, leaving the entry pending would send it twice.
    /// </summary>
    private async Task<bool> SettleAsync(OutboxEntry entry, IReadOnlyList<Func<Task>> record, CancellationToken leaseLost)
    {
        var done = 0;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                for (; done < record.Count; done++) await record[done]();
                await outbox.AckAsync(entry.Receipt, leaseLost);
                return true;
            }
            catch (OperationCanceledException) when (leaseLost.IsCancellationRequested)
            {
                return false;
            }
            catch (Exception ex)
            {
                logger.LogWarning("Cannot record the outcome of message {Id} (attempt {Attempt}): {Reason}", entry.Message.Id, attempt, ex.Message);
                if (!await DelayQuietly(RetryBackoff.Compute(attempt, FirstRetry, TimeSpan.FromSeconds(10)), leaseLost)) return false;
            }
        }
    }
}
