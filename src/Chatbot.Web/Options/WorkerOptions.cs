namespace Chatbot.Web.Options;

/// <summary>Settings of the "Workers" section: the inbox and outbox background workers.</summary>
public sealed class WorkerOptions
{
    public const string SectionName = "Workers";

    /// <summary>Runs the inbox and outbox workers in this instance (an instance may serve webhooks only).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Entries read from a partition at a time.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How long a partition lease lasts without renewal; a dead instance's partitions move after this.</summary>
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>How long one read waits for new entries.</summary>
    public int PollMilliseconds { get; set; } = 1000;

    /// <summary>Attempts to hand one message to Twilio on transient failures before it is marked failed.</summary>
    public int SendRetryMaxAttempts { get; set; } = 10;

    /// <summary>A reply older than this is marked failed ("expired") instead of being sent late.</summary>
    public int MaxMessageAgeMinutes { get; set; } = 60;

    /// <summary>
    /// How often this instance tells the others it is alive and rebalances its partitions (each instance holds at most
    /// ceil(partitions / live instances) of each stream). An instance silent for three heartbeats counts as gone.
    /// </summary>
    public int HeartbeatMilliseconds { get; set; } = 2000;

    /// <summary>How long a shutdown may take (HostOptions.ShutdownTimeout): the in-flight items finish, leases are released.</summary>
    public int ShutdownSeconds { get; set; } = 20;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public TimeSpan Poll => TimeSpan.FromMilliseconds(PollMilliseconds);

    /// <summary>Leases are renewed three times per lease period.</summary>
    public TimeSpan LeaseRenewal => TimeSpan.FromSeconds(LeaseSeconds / 3.0);

    public TimeSpan MaxMessageAge => TimeSpan.FromMinutes(MaxMessageAgeMinutes);

    public TimeSpan Heartbeat => TimeSpan.FromMilliseconds(HeartbeatMilliseconds);

    /// <summary>How long one heartbeat keeps this instance in the registry.</summary>
    public TimeSpan InstanceTtl => TimeSpan.FromMilliseconds(HeartbeatMilliseconds * 3.0);

    public TimeSpan ShutdownTimeout => TimeSpan.FromSeconds(ShutdownSeconds);
}
