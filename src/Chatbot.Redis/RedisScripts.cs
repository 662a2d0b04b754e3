namespace Chatbot.Redis;

/// <summary>
/// The Lua scripts (Scripts/*.lua, embedded). Each one is what must happen atomically in one slot; StackExchange.Redis
/// caches them on the server and sends EVALSHA after the first use.
/// </summary>
internal static class RedisScripts
{
    public static readonly string StorageWrite = Load("storage-write");
    public static readonly string TurnLoad = Load("turn-load");
    public static readonly string TurnCommit = Load("turn-commit");
    public static readonly string InboxAccept = Load("inbox-accept");
    public static readonly string StreamRead = Load("stream-read");
    public static readonly string StreamAck = Load("stream-ack");
    public static readonly string CaseOpenOrJoin = Load("case-open-or-join");
    public static readonly string CaseUpdate = Load("case-update");
    public static readonly string CasePosition = Load("case-position");
    public static readonly string HandoffEnqueue = Load("handoff-enqueue");
    public static readonly string LeaseHold = Load("lease-hold");
    public static readonly string LeaseRelease = Load("lease-release");
    public static readonly string DeliveryApply = Load("delivery-apply");
    public static readonly string DeliveryLink = Load("delivery-link");
    public static readonly string DeliveryAttempt = Load("delivery-attempt");
    public static readonly string AccountCreate = Load("account-create");
    public static readonly string AccountFailedLogin = Load("account-failed-login");
    public static readonly string AccountUpdate = Load("account-update");

    /// <summary>The embedded Scripts/<paramref name="name"/>.lua: the one loader of every script group.</summary>
    internal static string Load(string name)
    {
        var resource = $"Chatbot.Redis.Scripts.{name}.lua";
        using var stream = typeof(RedisScripts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded script {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
