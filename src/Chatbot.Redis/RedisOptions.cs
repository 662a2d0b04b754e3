namespace Chatbot.Redis;

/// <summary>
/// Settings of the Redis layer. <see cref="ConnectionString"/> comes from <c>ConnectionStrings:Redis</c>, the rest from
/// the <c>Redis</c> section.
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    public const string ConnectionStringName = "Redis";

    /// <summary>
    /// StackExchange.Redis configuration string; it alone chooses the topology: "localhost:6379" (one server),
    /// "sentinel1:26379,sentinel2:26379,serviceName=mymaster" (Sentinel), "node1:6379,node2:6379,node3:6379" (Cluster).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>First segment of every key; a test uses its own so that tests never share keys.</summary>
    public string KeyPrefix { get; set; } = "chat";

    /// <summary>Number of inbox/outbox stream partitions. Changing it moves conversations: drain the streams first.</summary>
    public int Partitions { get; set; } = 16;

    /// <summary>How long a "seen" or "processed" message id is remembered (Twilio retries within hours, not days).</summary>
    public int ProcessedMarkerTtlHours { get; set; } = 168;

    public int TranscriptMaxEntries { get; set; } = 500;

    /// <summary>State, transcript and delivery records expire after this long without activity (UU 27/2022: keep personal data only as long as needed).</summary>
    public int ConversationTtlDays { get; set; } = 90;

    /// <summary>
    /// A stream entry pending for another consumer this long is taken over (the caller holds the partition lease).
    /// 0, the default: the lease holder takes over at once; the lease already guarantees that the previous holder stopped
    /// (it released the lease, or lost it after failing to renew), so waiting longer only stalls the partition.
    /// </summary>
    public int ClaimMinIdleMilliseconds { get; set; }

    /// <summary>Longest pause between two polls while ReadAsync emulates a blocking read.</summary>
    public int MaxPollIntervalMilliseconds { get; set; } = 200;

    internal TimeSpan ProcessedMarkerTtl => TimeSpan.FromHours(ProcessedMarkerTtlHours);

    internal TimeSpan ConversationTtl => TimeSpan.FromDays(ConversationTtlDays);
}
