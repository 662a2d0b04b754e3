using Chatbot.Core.Ports;
using Chatbot.Redis;
using Chatbot.Testing;
using Chatbot.Web.Workers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace Chatbot.Web.Tests.ScaleOut;

/// <summary>
/// Hosts that share one Redis key prefix, as separate instances of the service would: each its own DI container,
/// multiplexer, instance id and provider (a <see cref="RecordingSender"/>), with workers on and short leases. The
/// tests look at Redis through their own connection, which outlives any host.
/// </summary>
public sealed class ScaleOutHosts : IAsyncDisposable
{
    public const int Partitions = 8;

    private readonly List<ChatbotAppFactory> hosts = [];
    private readonly RedisServerFixture redis;
    private readonly IReadOnlyDictionary<string, string?> extra;
    private readonly Lazy<ConnectionMultiplexer> observer;

    public ScaleOutHosts(RedisServerFixture redis, IReadOnlyDictionary<string, string?>? extra = null)
    {
        this.redis = redis;
        this.extra = extra ?? new Dictionary<string, string?>();
        observer = new(() => ConnectionMultiplexer.Connect(redis.ConnectionString));
        Keys = new RedisKeys(KeyPrefix, Partitions);
    }

    public string KeyPrefix { get; } = RedisServerFixture.NewKeyPrefix();

    public RedisKeys Keys { get; }

    /// <summary>Starts one more instance; <paramref name="services"/> may replace parts of it.</summary>
    public ChatbotAppFactory Start(RecordingSender sender, Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Redis:KeyPrefix"] = KeyPrefix,
            ["Redis:Partitions"] = Partitions.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Workers:Enabled"] = "true",
            ["Workers:LeaseSeconds"] = "3",
            ["Workers:PollMilliseconds"] = "100",
            ["Workers:HeartbeatMilliseconds"] = "200",
        };
        foreach (var (key, value) in extra) settings[key] = value;

        var host = new ChatbotAppFactory(redis, settings, s =>
        {
            s.Replace(ServiceDescriptor.Singleton<IMessageSender>(sender));
            services?.Invoke(s);
        });
        host.CreateClient().Dispose();
        hosts.Add(host);
        return host;
    }

    public static string InstanceId(ChatbotAppFactory host) => host.Get<InstanceIdentity>().Id;

    /// <summary>Owner of each partition's lease of a stream ("inbox", "outbox"); null where free.</summary>
    public async Task<IReadOnlyList<string?>> LeaseOwnersAsync(string stream)
    {
        var db = observer.Value.GetDatabase();
        var owners = new List<string?>();
        for (var partition = 0; partition < Partitions; partition++)
            owners.Add(await db.StringGetAsync(Keys.Lease(stream, partition)));
        return owners;
    }

    /// <summary>True when every partition of both streams is held and each of <paramref name="instances"/> holds exactly <paramref name="each"/>.</summary>
    public async Task<bool> HeldAsync(int each, params ChatbotAppFactory[] instances)
    {
        var ids = instances.Select(InstanceId).ToList();
        foreach (var stream in new[] { InboxWorker.StreamName, OutboxWorker.StreamName })
        {
            var owners = await LeaseOwnersAsync(stream);
            if (owners.Any(o => o is null)) return false;
            if (ids.Any(id => owners.Count(o => o == id) != each)) return false;
        }

        return true;
    }

    /// <summary>Inbox entries not yet acknowledged (read as a test consumer, which takes over whatever is pending).</summary>
    public async Task<IReadOnlyList<InboxEntry>> ReadInboxAsync()
    {
        var inbox = new RedisInbox(new RedisContext(observer.Value, Microsoft.Extensions.Options.Options.Create(new RedisOptions { KeyPrefix = KeyPrefix, Partitions = Partitions })));
        var entries = new List<InboxEntry>();
        for (var partition = 0; partition < Partitions; partition++)
            entries.AddRange(await inbox.ReadAsync(partition, ChatbotAppFactory.TestConsumer, 1000, TimeSpan.Zero));
        return entries;
    }

    /// <summary>Stops one instance gracefully (as SIGTERM would): it drains and releases its leases.</summary>
    public async Task StopAsync(ChatbotAppFactory host)
    {
        hosts.Remove(host);
        await host.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in hosts) await host.DisposeAsync();
        hosts.Clear();
        if (observer.IsValueCreated) await observer.Value.DisposeAsync();
    }
}
