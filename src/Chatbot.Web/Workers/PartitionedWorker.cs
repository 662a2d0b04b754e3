using Chatbot.Core.Identity;
using Chatbot.Core.Ports;
using Chatbot.Web.Options;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Workers;

/// <summary>
/// Works on the partitions of one stream that this instance holds, one loop per held partition, sharing the
/// partitions with the other live instances (<see cref="InstanceMembership"/>): every heartbeat it hands over the
/// partitions above its share (ceil(partitions / live instances)) and takes free ones up to it. A partition is held
/// with an expiring lease (renewed in the background), so exactly one instance works on it at a time and in order; a
/// dead instance's leases run out and the others take its partitions over.
/// Derived workers see two tokens: <c>stopping</c> (stop taking work: shutdown began or the partition is handed
/// over; the in-flight item still finishes and the lease is then released) and <c>leaseLost</c> (abandon even the
/// current item: another instance may own it now). A derived worker may still finish an item after <c>leaseLost</c>
/// when abandoning it would do harm (the outbox records a message the provider already accepted): the partition is not
/// taken again by this instance, nor read, until <see cref="WorkOnceAsync"/> has returned, so nothing of it is read
/// twice here meanwhile.
/// </summary>
public abstract class PartitionedWorker(
    IPartitionLeases leases,
    InstanceMembership membership,
    IOptions<WorkerOptions> options,
    ILogger logger) : BackgroundService
{
    protected WorkerOptions Options => options.Value;

    protected string Owner => membership.Id;

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

        await Task.Yield();

        // Shutdown begins with ApplicationStopping, before the host stops this service: every worker stops taking work at once.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, membership.Draining);
        logger.LogInformation("{Worker} starts on {Partitions} {Stream} partitions as {Owner}", GetType().Name, Partitions, Stream, Owner);
        var holdings = new Dictionary<int, Holding>();
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                Reap(holdings);
                if (membership.IsKnown)
                {
                    await BalanceAsync(holdings, stopping.Token);
                    membership.ReportHoldings(Stream, holdings.Count(h => !h.Value.Yielding), membership.QuotaOf(Partitions));
                }

                // Until the first heartbeat is back, look again soon: the share is not known yet.
                await DelayQuietly(membership.IsKnown ? Options.Heartbeat + Jitter(Options.Heartbeat / 4) : TimeSpan.FromMilliseconds(50), stopping.Token);
            }
        }
        finally
        {
            // Draining: each held partition finishes its in-flight item and releases its lease; the rest stays in the group.
            await Task.WhenAll(holdings.Values.Select(h => h.Task));
            foreach (var holding in holdings.Values) holding.Dispose();
            logger.LogInformation("{Worker} stopped: every {Stream} partition released", GetType().Name, Stream);
        }
    }

    /// <summary>Hands over the partitions above this instance's share, or takes free ones up to it.</summary>
    private async Task BalanceAsync(Dictionary<int, Holding> holdings, CancellationToken stopping)
    {
        var quota = membership.QuotaOf(Partitions);
        var active = holdings.Where(h => !h.Value.Yielding).Select(h => h.Key).ToList();
        if (active.Count > quota)
        {
            // One line for the round, not one per partition.
            var surplus = PartitionBalance.Surplus(active, quota, Owner).ToList();
            foreach (var partition in surplus) holdings[partition].Yield();
            logger.LogInformation("Handing {Count} {Stream} partitions over ({Handed}): {Live} instances share {Partitions} partitions, this one keeps {Quota}",
                surplus.Count, Stream, string.Join(',', surplus), membership.LiveCount, Partitions, quota);

            return;
        }

        var wanted = quota - active.Count;
        if (wanted == 0) return;
        var taken = 0;
        foreach (var partition in PartitionBalance.Candidates(Partitions, holdings.Keys.ToHashSet(), Owner))
        {
            if (taken == wanted || stopping.IsCancellationRequested) break;
            if (!await TryHoldAsync(partition, stopping)) continue;
            holdings[partition] = Holding.Start(partition, stopping, HoldAsync);
            taken++;
        }

        if (taken > 0)
            logger.LogInformation("Holding {Held} of {Partitions} {Stream} partitions ({Live} live instances)", active.Count + taken, Partitions, Stream, membership.LiveCount);
    }

    private void Reap(Dictionary<int, Holding> holdings)
    {
        foreach (var (partition, holding) in holdings.Where(h => h.Value.Task.IsCompleted).ToList())
        {
            holding.Dispose();
            holdings.Remove(partition);
        }
    }

    /// <summary>
    /// Works on a held partition until it is handed over, shutdown begins or the lease is lost; then releases the lease
    /// (unless lost). The holding ends only when the current <see cref="WorkOnceAsync"/> has returned: until then the
    /// partition stays in this instance's holdings, so <see cref="BalanceAsync"/> does not take it again.
    /// </summary>
    private async Task HoldAsync(int partition, CancellationToken stopping)
    {
        // Trace: one line per partition would flood the Development console at start; "Holding N of M" says it once.
        logger.LogTrace("Holding {Stream} partition {Partition}", Stream, partition);
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
                    if (failures == 1) logger.LogWarning("{Stream} partition {Partition}: reading failed, backing off: {Error}", Stream, partition, Masking.Redact(ex));
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
            logger.LogTrace("Released {Stream} partition {Partition}", Stream, partition);
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

    private static TimeSpan Jitter(TimeSpan max) => TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * max.TotalMilliseconds);

    /// <summary>One held partition: its loop and the switch that hands it over (stop taking work, finish, release).</summary>
    private sealed class Holding : IDisposable
    {
        private readonly CancellationTokenSource handOver;

        private Holding(CancellationTokenSource handOver, Task task)
        {
            this.handOver = handOver;
            Task = task;
        }

        public Task Task { get; }

        public bool Yielding => handOver.IsCancellationRequested;

        public static Holding Start(int partition, CancellationToken stopping, Func<int, CancellationToken, Task> hold)
        {
            var handOver = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            return new Holding(handOver, Task.Run(() => hold(partition, handOver.Token), CancellationToken.None));
        }

        public void Yield() => handOver.Cancel();

        public void Dispose() => handOver.Dispose();
    }
}
