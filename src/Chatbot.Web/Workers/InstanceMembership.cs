using Chatbot.Core.Ports;
using Chatbot.Web.Options;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Workers;

/// <summary>
/// This instance among the live worker instances. Heartbeats the <see cref="IInstanceRegistry"/> every
/// <see cref="WorkerOptions.HeartbeatMilliseconds"/>, so that every instance knows how many share the stream partitions
/// and how many it may hold (<see cref="QuotaOf"/>). When shutdown begins it leaves the registry at once, so that the
/// others raise their share and take over the partitions this one releases. Only instances that run the workers join.
/// </summary>
public sealed class InstanceMembership(
    IInstanceRegistry registry,
    InstanceIdentity identity,
    IHostApplicationLifetime lifetime,
    IOptions<WorkerOptions> options,
    ILogger<InstanceMembership> logger) : BackgroundService
{
    private volatile IReadOnlyList<string>? live;
    private long lastHeartbeatTicks;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, LeaseHolding> holdings = new();

    public string Id => identity.Id;

    /// <summary>Shutdown has begun: stop taking work.</summary>
    public CancellationToken Draining => lifetime.ApplicationStopping;

    /// <summary>The live set has been read at least once.</summary>
    public bool IsKnown => live is not null;

    /// <summary>Live worker instances, this one included.</summary>
    public int LiveCount => Math.Max(1, live?.Count ?? 1);

    /// <summary>When the registry last took this instance's heartbeat; null before the first.</summary>
    public DateTimeOffset? LastHeartbeat =>
        Interlocked.Read(ref lastHeartbeatTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>Per stream, the partitions this instance holds against its share (for /readyz).</summary>
    public IReadOnlyDictionary<string, LeaseHolding> Holdings => holdings;

    /// <summary>A worker reports what it holds after each balancing round.</summary>
    public void ReportHoldings(string stream, int held, int quota) => holdings[stream] = new LeaseHolding(held, quota);

    /// <summary>How many partitions of one stream this instance may hold: ceil(partitions / live instances).</summary>
    public int QuotaOf(int partitions) => PartitionBalance.Quota(partitions, LiveCount);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        var failures = 0;
        while (!running.IsCancellationRequested)
        {
            try
            {
                var now = await registry.HeartbeatAsync(Id, options.Value.InstanceTtl, running.Token);
                var before = live;
                live = now;
                Interlocked.Exchange(ref lastHeartbeatTicks, DateTimeOffset.UtcNow.UtcTicks);
                if (before is null || before.Count != now.Count)
                    logger.LogInformation("{Live} worker instance(s) alive, this one is {Owner}: the stream partitions are shared among them", now.Count, Id);
                failures = 0;
            }
            catch (OperationCanceledException) when (running.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                if (++failures == 1) logger.LogWarning("Cannot reach the instance registry (the partition share stays as it was): {Reason}", ex.Message);
            }

            try
            {
                await Task.Delay(options.Value.Heartbeat, running.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await LeaveAsync();
    }

    private async Task LeaveAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await registry.LeaveAsync(Id, timeout.Token).WaitAsync(timeout.Token);
            logger.LogInformation("Left the instance registry ({Owner}): the other instances take over the released partitions", Id);
        }
        catch (Exception ex)
        {
            logger.LogWarning("Cannot leave the instance registry (this instance drops out after {Ttl}): {Reason}", options.Value.InstanceTtl, ex.Message);
        }
    }
}
