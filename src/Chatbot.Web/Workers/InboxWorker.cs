using Chatbot.Core.Identity;
using Chatbot.Core.Ports;
using Chatbot.Web.Options;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Workers;

/// <summary>
/// Hands accepted inbound messages to the <see cref="IInboundHandler"/>, one at a time and in order per partition.
/// The handler commits and acknowledges; when it fails the entry stays pending and is retried first, after a backoff.
/// </summary>
public sealed class InboxWorker(
    IInboxReader inbox,
    IServiceScopeFactory scopes,
    IPartitionLeases leases,
    InstanceMembership membership,
    IOptions<WorkerOptions> options,
    ILogger<InboxWorker> logger) : PartitionedWorker(leases, membership, options, logger)
{
    public const string StreamName = "inbox";

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(60);

    private readonly Dictionary<int, int> failures = [];
    private bool warnedNoHandler;

    protected override string Stream => StreamName;

    protected override int Partitions => inbox.Partitions;

    protected override async Task WorkOnceAsync(int partition, CancellationToken stopping, CancellationToken leaseLost)
    {
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(stopping, leaseLost);
        var started = DateTimeOffset.UtcNow;
        var entries = await inbox.ReadAsync(partition, Owner, Options.BatchSize, Options.Poll, reading.Token);
        if (entries.Count == 0)
        {
            await IdleAsync(started, reading.Token);
            return;
        }

        foreach (var entry in entries)
        {
            if (stopping.IsCancellationRequested || leaseLost.IsCancellationRequested) return;
            if (!await HandleAsync(partition, entry, leaseLost))
            {
                // Leave this entry and the ones after it pending: the next read returns them first, in order.
                await DelayQuietly(NextRetry(partition), reading.Token);
                return;
            }

            lock (failures) failures.Remove(partition);
        }
    }

    /// <summary>The in-flight item is only abandoned when the lease is lost, not on shutdown.</summary>
    private async Task<bool> HandleAsync(int partition, InboxEntry entry, CancellationToken leaseLost)
    {
        await using var scope = scopes.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetService<IInboundHandler>();
        if (handler is null)
        {
            if (!warnedNoHandler) logger.LogWarning("No IInboundHandler is registered: inbound messages wait in the inbox");
            warnedNoHandler = true;
            return false;
        }

        try
        {
            await handler.HandleAsync(entry, leaseLost);
            return true;
        }
        catch (OperationCanceledException) when (leaseLost.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception ex)
        {
            logger.LogError(
                "Handling message {MessageId} of {Conversation} (inbox partition {Partition}, entry {EntryId}) failed; it stays pending and is retried: {Error}",
                entry.Message.MessageId, Masking.Phone(entry.Message.ConversationId), partition, entry.Receipt.EntryId, Masking.Redact(ex));
            return false;
        }
    }

    private TimeSpan NextRetry(int partition)
    {
        int attempt;
        lock (failures) failures[partition] = attempt = failures.GetValueOrDefault(partition) + 1;
        return RetryBackoff.Compute(attempt, FirstRetry, LongestRetry);
    }
}
