using Chatbot.Core.Identity;
using Chatbot.Core.Ports;
using Chatbot.Web.Workers;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Routing;

/// <summary>
/// Routes on one instance at a time: holds the lease "routing"/0 (renewed every pass; a dead holder's lease runs out
/// and another instance takes over) and runs a <see cref="RoutingEngine"/> pass every Routing:PassMilliseconds, or at
/// once when signalled (presence change, decline, release on this instance).
/// </summary>
public sealed class RoutingWorker(
    RoutingEngine engine,
    IPartitionLeases leases,
    InstanceIdentity identity,
    IOptions<RoutingOptions> options,
    ILogger<RoutingWorker> logger) : BackgroundService
{
    public const string LeaseStream = "routing";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.LogInformation("Routing is off in this instance (Routing:Enabled=false)");
            return;
        }

        await Task.Yield();
        var holding = false;
        var failures = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var held = await leases.TryHoldAsync(LeaseStream, 0, identity.Id, settings.Lease, stoppingToken);
                    if (held != holding) logger.LogInformation(held ? "Routing here ({Owner})" : "Routing moved to another instance", identity.Id);
                    holding = held;
                    if (held) await engine.RunPassAsync(stoppingToken);
                    failures = 0;
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception ex)
                {
                    if (++failures == 1) logger.LogWarning("A routing pass failed, retrying: {Error}", Masking.Redact(ex));
                }

                await engine.WaitAsync(failures == 0 ? settings.Pass : RetryBackoff.Compute(failures, settings.Pass, TimeSpan.FromSeconds(10)), stoppingToken);
            }
        }
        finally
        {
            if (holding) await ReleaseAsync();
        }
    }

    private async Task ReleaseAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await leases.ReleaseAsync(LeaseStream, 0, identity.Id, timeout.Token);
        }
        catch (Exception ex)
        {
            logger.LogWarning("Cannot release the routing lease (it will expire): {Reason}", ex.Message);
        }
    }
}
