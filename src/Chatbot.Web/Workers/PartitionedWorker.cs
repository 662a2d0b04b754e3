using Chatbot.Web.Diagnostics;
using Chatbot.Core.Ports;
using Chatbot.Web.Options;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Workers;

/// <summary>
/// One loop per stream partition: hold the partition's lease (renewed in the background), work on it while held, and
/// on shutdown stop taking work, let the in-flight item finish and release the lease. Derived workers see two tokens:
/// <c>stopping</c> (stop taking work) and <c>leaseLost</c> (abandon even the current item: another instance owns it).
/// </summary>
public abstract class PartitionedWorker(
    IPartitionLeases leases,
    InstanceIdentity instance,
    IOptions<WorkerOptions> options,
    ILogger logger) : BackgroundService
{
    protected WorkerOptions Options => options.Value;

    protected string Owner => instance.Id;

    /// <summary>Logical name of the stream, as the lease store knows it ("inbox", "outbox").</summary>
    protected abstract string Stream { get; }

    protected abstract int Partitions { get; }

    /// <summary>Reads and works through one batch of the partition; must not throw except on cancellation.</summary>
    protected abstract Task WorkOnceAsync(int partition, CancellationToken stopping, CancellationToken leaseLost);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.Enabled)
        {
            logger.LogInformation("{Worker} is off (Workers:Enabled=false)", GetType().Name);
            return;
        }

        logger.LogInformation("{Worker} starts on {Partitions} {Stream} partitions as {Owner}", GetType().Name, Partitions, Stream, Owner);
        await Task.WhenAll(Enumerable.Range(0, Partitions).Select(p => RunPartitionAsync(p, stoppingToken)));
    }

    private async Task RunPartitionAsync(int partition, CancellationToken stopping)
    {
        await Task.Yield();
        while (!stopping.IsCancellationRequested)
        {
            if (!await TryHoldAsync(partition, stopping))
            {
                await DelayQuietly(Options.LeaseRenewal + Jitter(), stopping);
                continue;
            }

            logger.LogDebug("Holding {Stream} partition {Partition}", Stream, partition);
            using var lost = new CancellationTokenSource();
            using var done = new CancellationTokenSource();
            var renewing = RenewAsync(partition, lost, done.Token);
            try
            {
                var failures = 0;
                while (!stopping.IsCancellationRequested && !lost.IsCancellationRequested)
                {
                    try
                    {
                        await WorkOnceAsync(partition, stopping, lost.Token);
                        failures = 0;
                    }
                    catch (OperationCanceledException) when (stopping.IsCancellationRequested || lost.IsCancellationRequested)
                    {
                    }
                    catch (Exception ex)
                    {
                        // Typically Redis unreachable: every partition fails at once, so say it once per partition and back off.
                        failures++;
                        if (failures == 1) logger.LogWarning("{Stream} partition {Partition}: reading failed, backing off: {Error}", Stream, partition, SensitiveText.Redact(ex));
                        await DelayQuietly(RetryBackoff.Compute(failures, Options.Poll, TimeSpan.FromSeconds(30)), stopping);
                    }
                }
            }
            finally
            {
                await done.CancelAsync();
                await renewing;
                if (!lost.IsCancellationRequested) await ReleaseAsync(partition);
            }
        }
    }

    private async Task<bool> TryHoldAsync(int partition, CancellationToken stopping)
    {
        try
        {
            return await leases.TryHoldAsync(Stream, partition, Owner, Options.Lease, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception ex)
        {
            logger.Log(partition == 0 ? LogLevel.Warning : LogLevel.Debug, "Cannot take the lease of {Stream} partition {Partition}: {Reason}", Stream, partition, ex.Message);
            return false;
        }
    }

    /// <summary>Renews the lease until <paramref name="done"/>; when another owner took it, or renewal failed for a whole lease period, signals <paramref name="lost"/>.</summary>
    private async Task RenewAsync(int partition, CancellationTokenSource lost, CancellationToken done)
    {
        var lastRenewed = DateTimeOffset.UtcNow;
        while (!done.IsCancellationRequested)
        {
            if (!await DelayQuietly(Options.LeaseRenewal, done)) return;
            try
            {
                if (await leases.TryHoldAsync(Stream, partition, Owner, Options.Lease, done))
                {
                    lastRenewed = DateTimeOffset.UtcNow;
                    continue;
                }

                logger.LogWarning("Lost the lease of {Stream} partition {Partition} to another instance", Stream, partition);
                await lost.CancelAsync();
                return;
            }
            catch (OperationCanceledException) when (done.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning("Cannot renew the lease of {Stream} partition {Partition}: {Reason}", Stream, partition, ex.Message);
                if (DateTimeOffset.UtcNow - lastRenewed >= Options.Lease - Options.LeaseRenewal)
                {
                    await lost.CancelAsync();
                    return;
                }
            }
        }
    }

    private async Task ReleaseAsync(int partition)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await leases.ReleaseAsync(Stream, partition, Owner, timeout.Token);
            logger.LogDebug("Released {Stream} partition {Partition}", Stream, partition);
        }
        catch (Exception ex)
        {
            logger.LogWarning("Cannot release the lease of {Stream} partition {Partition} (it will expire): {Reason}", Stream, partition, ex.Message);
        }
    }

    /// <summary>Waits; false when cancelled instead.</summary>
    protected static async Task<bool> DelayQuietly(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Waits for the rest of the poll period when a read came back empty early, so that an idle partition never spins.</summary>
    protected Task IdleAsync(DateTimeOffset readStarted, CancellationToken cancellationToken)
    {
        var remaining = Options.Poll - (DateTimeOffset.UtcNow - readStarted);
        return remaining > TimeSpan.Zero ? DelayQuietly(remaining, cancellationToken) : Task.CompletedTask;
    }

    private TimeSpan Jitter() => TimeSpan.FromMilliseconds(Random.Shared.Next(0, Math.Max(1, Options.PollMilliseconds)));
}
