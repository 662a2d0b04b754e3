using Chatbot.Core.Conversations;
using Chatbot.Core.Identity;
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
/// Twilio has no idempotency key, so the gap between its 201 and our record is closed in two ways: every attempt is
/// counted in the delivery log before the call (<see cref="IDeliveryAttempts"/>), and a message with an earlier
/// attempt but no outcome is looked up at the provider (<see cref="IMessageSender.FindSentAsync"/>) before it is sent:
/// found, it is recorded as accepted and not sent again. And once the provider has accepted a message, its record
/// and acknowledgement are retried until they succeed, even when the partition's lease lapsed meanwhile (Redis
/// unreachable): the partition is not read again by this instance until then (<see cref="PartitionedWorker"/>).
/// </summary>
public sealed class OutboxWorker(
    IOutboxReader outbox,
    IServiceProvider services,
    IDeliveryLog deliveries,
    IDeliveryAttempts attempts,
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
    private static readonly TimeSpan LongestSettleRetry = TimeSpan.FromSeconds(5);

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

    /// <summary>True when the entry is settled and acknowledged; false when it was left pending (shutdown, hand-over, lease lost, store unreachable).</summary>
    private async Task<bool> DeliverAsync(OutboxEntry entry, CancellationToken stopping, CancellationToken leaseLost)
    {
        var message = entry.Message;
        // Whether an earlier attempt may have reached the provider: any attempt recorded by a previous holder, or our
        // own last one unless the provider answered it with a refusal that says when to come back (429).
        var mayHaveReachedProvider = true;
        for (var attempt = 1; ; attempt++)
        {
            if (await BeginAttemptAsync(message, leaseLost) is not { } progress) return false;
            if (progress.Settled)
            {
                // Twilio has no idempotency key: the recorded outcome is what keeps a message from being sent twice.
                logger.LogInformation("Message {Id} to {Conversation} was settled before ({Status}); acknowledged without sending it again", message.Id, Masking.Phone(message.ConversationId), progress.Outcome);
                return await SettleAsync(entry, [], mustFinish: false, leaseLost);
            }

            if (progress.Attempts > 0 && mayHaveReachedProvider)
            {
                var since = progress.FirstAttemptAt ?? message.CreatedAt;
                switch (await FindSentAsync(message, since, leaseLost))
                {
                    case null:
                        return false;
                    case Reconciled.Found found:
                        logger.LogInformation("Message {Id} to {Conversation} had been accepted by the provider ({ProviderId}) before its outcome was recorded; recorded without sending it again", message.Id, Masking.Phone(message.ConversationId), found.ProviderMessageId);
                        return await SettleAsync(entry, [() => deliveries.MarkAcceptedAsync(message, found.ProviderMessageId, DeliveryStatus.Queued, clock.GetUtcNow(), CancellationToken.None)], mustFinish: true, leaseLost);
                    case Reconciled.Unknown unknown when attempt >= Options.SendRetryMaxAttempts:
                        logger.LogWarning("Message {Id} to {Conversation}: cannot learn whether an earlier attempt reached the provider, {Attempts} times, giving up: {Reason}", message.Id, Masking.Phone(message.ConversationId), attempt, DeliveryFailureNote.Loggable(unknown.Reason));
                        return await FailAsync(entry, null, DeliveryFailureNote.RetriesExhaustedPrefix + unknown.Reason, leaseLost);
                    case Reconciled.Unknown unknown:
                        var wait = RetryBackoff.Compute(attempt, FirstRetry, LongestRetry, unknown.RetryAfter);
                        logger.LogInformation("Message {Id}: cannot learn whether an earlier attempt reached the provider ({Reason}); asking again in {Delay}", message.Id, DeliveryFailureNote.Loggable(unknown.Reason), wait);
                        using (var waiting = CancellationTokenSource.CreateLinkedTokenSource(stopping, leaseLost))
                        {
                            if (!await DelayQuietly(wait, waiting.Token)) return false;
                        }

                        continue;
                }
            }

            if (clock.GetUtcNow() - message.CreatedAt > Options.MaxMessageAge)
            {
                logger.LogWarning("Message {Id} to {Conversation} expired before it could be sent", message.Id, Masking.Phone(message.ConversationId));
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

            var result = await SendAsync(message);
            switch (result)
            {
                case SendResult.Accepted accepted:
                    return await SettleAsync(entry, [() => deliveries.MarkAcceptedAsync(message, accepted.ProviderMessageId, accepted.Status, clock.GetUtcNow(), CancellationToken.None)], mustFinish: true, leaseLost);
                case SendResult.Permanent permanent:
                    logger.LogWarning("Message {Id} to {Conversation} refused ({Code}): {Reason}", message.Id, Masking.Phone(message.ConversationId), permanent.ErrorCode, DeliveryFailureNote.Loggable(permanent.Reason));
                    return await FailAsync(entry, permanent.ErrorCode, permanent.Reason, leaseLost);
                case SendResult.Transient transient when attempt >= Options.SendRetryMaxAttempts:
                    logger.LogWarning("Message {Id} to {Conversation} failed {Attempts} times, giving up: {Reason}", message.Id, Masking.Phone(message.ConversationId), attempt, DeliveryFailureNote.Loggable(transient.Reason));
                    return await FailAsync(entry, null, DeliveryFailureNote.RetriesExhaustedPrefix + transient.Reason, leaseLost);
                case SendResult.Transient transient:
                    mayHaveReachedProvider = transient.RetryAfter is null;
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

    /// <summary>Counts the attempt before the provider is called; null when the store is unreachable (nothing is sent then) or the lease was lost.</summary>
    private async Task<DeliveryProgress?> BeginAttemptAsync(OutboundMessage message, CancellationToken leaseLost)
    {
        try
        {
            return await attempts.BeginAttemptAsync(message, clock.GetUtcNow(), leaseLost);
        }
        catch (OperationCanceledException) when (leaseLost.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex)
        {
            logger.LogWarning("Cannot record an attempt of message {Id}; not sending it now: {Reason}", message.Id, ex.Message);
            await DelayQuietly(Options.Poll, leaseLost); // the entry stays pending and is read again: not in a tight loop
            return null;
        }
    }

    /// <summary>
    /// Asks the provider whether an earlier attempt created the message: found when it lists a matching message whose
    /// id is not recorded for another of ours (a citizen may get the same text twice on purpose); null when the lease
    /// was lost or the store is unreachable.
    /// </summary>
    private async Task<Reconciled?> FindSentAsync(OutboundMessage message, DateTimeOffset since, CancellationToken leaseLost)
    {
        SentLookup lookup;
        try
        {
            lookup = await services.GetRequiredService<IMessageSender>().FindSentAsync(message, since, leaseLost);
        }
        catch (OperationCanceledException) when (leaseLost.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex)
        {
            return new Reconciled.Unknown(ex.GetType().Name + ": " + ex.Message, null);
        }

        if (lookup is SentLookup.Unavailable unavailable) return new Reconciled.Unknown(unavailable.Reason, unavailable.RetryAfter);
        try
        {
            foreach (var providerId in ((SentLookup.Answered)lookup).ProviderMessageIds)
            {
                var owner = await attempts.FindByProviderIdAsync(providerId, leaseLost);
                if (owner is null || owner == message.Id) return new Reconciled.Found(providerId);
            }

            return new Reconciled.NotFound();
        }
        catch (OperationCanceledException) when (leaseLost.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex)
        {
            logger.LogWarning("Cannot check the provider's messages for message {Id} against the delivery log; not sending it now: {Reason}", message.Id, ex.Message);
            return null;
        }
    }

    /// <summary>
    /// The provider's answer, or a transient failure for an unexpected exception. Not cancelled when the lease is
    /// lost or shutdown begins: an answer that arrives is recorded, where an abandoned call would leave the provider's
    /// acceptance unknown (the client's timeout bounds the call).
    /// </summary>
    private async Task<SendResult> SendAsync(OutboundMessage message)
    {
        try
        {
            // Resolved per message: the sender is a typed HttpClient, which must not live as long as this worker.
            return await services.GetRequiredService<IMessageSender>().SendAsync(message, CancellationToken.None);
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
            mustFinish: false,
            leaseLost);
    }

    /// <summary>
    /// Records the outcome (steps in order, each done once) and acknowledges the entry, retrying while the store is
    /// unreachable. With <paramref name="mustFinish"/> (the provider has the message: leaving the entry pending would
    /// send it twice) it retries until it succeeds, whatever happens to the lease meanwhile: a lease lapses when Redis
    /// is unreachable, and then nobody else can have taken the partition; one taken over since finds the record
    /// (or the provider's message) and sends nothing. Otherwise it gives up when the lease is lost.
    /// </summary>
    private async Task<bool> SettleAsync(OutboxEntry entry, IReadOnlyList<Func<Task>> record, bool mustFinish, CancellationToken leaseLost)
    {
        var cancellation = mustFinish ? CancellationToken.None : leaseLost;
        var done = 0;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                for (; done < record.Count; done++) await record[done]();
                await outbox.AckAsync(entry.Receipt, cancellation);
                if (attempt > 1) logger.LogInformation("Recorded the outcome of message {Id} after {Attempts} attempts", entry.Message.Id, attempt);
                return true;
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                return false;
            }
            catch (Exception ex)
            {
                logger.LogWarning("Cannot record the outcome of message {Id} (attempt {Attempt}): {Reason}", entry.Message.Id, attempt, ex.Message);
                if (!await DelayQuietly(RetryBackoff.Compute(attempt, FirstRetry, LongestSettleRetry), cancellation)) return false;
            }
        }
    }

    /// <summary>What the provider said about an earlier attempt.</summary>
    private abstract record Reconciled
    {
        public sealed record Found(string ProviderMessageId) : Reconciled;

        public sealed record NotFound : Reconciled;

        public sealed record Unknown(string Reason, TimeSpan? RetryAfter) : Reconciled;
    }
}
