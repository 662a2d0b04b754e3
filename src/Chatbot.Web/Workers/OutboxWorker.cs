using Chatbot.Web.Diagnostics;
using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Chatbot.Web.Options;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Workers;

/// <summary>
/// Sends queued replies through <see cref="IMessageSender"/> within the send rate. A transient failure retries the same
/// entry (blocking its partition, so a conversation is never reordered); a permanent one or an expired message is
/// marked failed; an accepted one is recorded with the provider's id. Each outcome is recorded before the entry is acknowledged.
/// </summary>
public sealed class OutboxWorker(
    IOutboxReader outbox,
    IServiceProvider services,
    IDeliveryLog deliveries,
    SendRateLimiter rate,
    TimeProvider clock,
    IPartitionLeases leases,
    InstanceIdentity instance,
    IOptions<WorkerOptions> options,
    ILogger<OutboxWorker> logger) : PartitionedWorker(leases, instance, options, logger)
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

    /// <summary>True when the entry is settled and acknowledged; false when it was left pending (shutdown, lease lost).</summary>
    private async Task<bool> DeliverAsync(OutboxEntry entry, CancellationToken stopping, CancellationToken leaseLost)
    {
        var message = entry.Message;
        for (var attempt = 1; ; attempt++)
        {
            if (clock.GetUtcNow() - message.CreatedAt > Options.MaxMessageAge)
            {
                logger.LogWarning("Message {Id} to {Conversation} expired before it could be sent", message.Id, SensitiveText.MaskConversation(message.ConversationId));
                return await SettleAsync(entry, () => deliveries.MarkFailedAsync(message, null, "expired", clock.GetUtcNow(), leaseLost), leaseLost);
            }

            using (var waiting = CancellationTokenSource.CreateLinkedTokenSource(stopping, leaseLost))
            {
                try
                {
                    await rate.WaitAsync(waiting.Token);
                }
                catch (OperationCanceledException)
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
                    return await SettleAsync(entry, () => deliveries.MarkAcceptedAsync(message, accepted.ProviderMessageId, accepted.Status, clock.GetUtcNow(), leaseLost), leaseLost);
                case SendResult.Permanent permanent:
                    logger.LogWarning("Message {Id} to {Conversation} refused ({Code}): {Reason}", message.Id, SensitiveText.MaskConversation(message.ConversationId), permanent.ErrorCode, permanent.Reason);
                    return await SettleAsync(entry, () => deliveries.MarkFailedAsync(message, permanent.ErrorCode, permanent.Reason, clock.GetUtcNow(), leaseLost), leaseLost);
                case SendResult.Transient transient when attempt >= Options.SendRetryMaxAttempts:
                    logger.LogWarning("Message {Id} to {Conversation} failed {Attempts} times, giving up: {Reason}", message.Id, SensitiveText.MaskConversation(message.ConversationId), attempt, transient.Reason);
                    return await SettleAsync(entry, () => deliveries.MarkFailedAsync(message, null, $"retries exhausted: {transient.Reason}", clock.GetUtcNow(), leaseLost), leaseLost);
                case SendResult.Transient transient:
                    var delay = RetryBackoff.Compute(attempt, FirstRetry, LongestRetry, transient.RetryAfter);
                    logger.LogInformation("Message {Id}: attempt {Attempt} failed ({Reason}); retrying in {Delay}", message.Id, attempt, transient.Reason, delay);
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
    /// Records the outcome and acknowledges the entry, retrying while the store is unreachable: once Twilio has the
    /// message, leaving the entry pending would send it twice.
    /// </summary>
    private async Task<bool> SettleAsync(OutboxEntry entry, Func<Task> record, CancellationToken leaseLost)
    {
        var recorded = false;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (!recorded) await record();
                recorded = true;
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
