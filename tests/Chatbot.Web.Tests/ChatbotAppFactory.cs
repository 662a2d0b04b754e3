using Chatbot.Core.Ports;
using Chatbot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Chatbot.Web.Tests;

/// <summary>
/// The real host against the real Redis of the fixture, on its own key prefix. Every HTTP call the app makes
/// (simulator webhooks, status callbacks, the Twilio REST client) goes back into the same in-memory server.
/// </summary>
public sealed class ChatbotAppFactory(
    RedisServerFixture redis,
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? services = null,
    string environment = "Testing") : WebApplicationFactory<Program>
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string AuthToken = "test-auth-token-5f2c9a7e1b3d4c6a";
    public const string WhatsAppFrom = "whatsapp:+14155238886";
    public const string PublicBaseUrl = "http://localhost";

    public string KeyPrefix { get; } = RedisServerFixture.NewKeyPrefix();

    /// <summary>Consumer name the tests read the inbox with (never the workers').</summary>
    public const string TestConsumer = "tests";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["Redis:KeyPrefix"] = KeyPrefix,
            ["Twilio:AccountSid"] = AccountSid,
            ["Twilio:AuthToken"] = AuthToken,
            ["Twilio:WhatsAppFrom"] = WhatsAppFrom,
            ["Twilio:PublicBaseUrl"] = PublicBaseUrl,
            ["Twilio:ApiBaseUrl"] = PublicBaseUrl + "/simulator/twilio",
            ["Simulator:Enabled"] = "false",
            ["Simulator:DataPath"] = Path.Combine(Path.GetTempPath(), "chatbot-web-tests", KeyPrefix),
            ["Simulator:StatusCallbackDelayMilliseconds"] = "50",
            ["Workers:Enabled"] = "false",
            ["Workers:LeaseSeconds"] = "3",
            ["Workers:PollMilliseconds"] = "100",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;

        builder.UseEnvironment(environment);
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(values));
        builder.ConfigureTestServices(collection =>
        {
            collection.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => new LoopbackHandler(() => Server)));
            services?.Invoke(collection);
        });
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Every inbox entry of every partition not yet acknowledged, read (without blocking) as the test consumer.</summary>
    public async Task<IReadOnlyList<InboxEntry>> ReadInboxAsync()
    {
        var reader = Get<IInboxReader>();
        var entries = new List<InboxEntry>();
        for (var partition = 0; partition < reader.Partitions; partition++)
            entries.AddRange(await reader.ReadAsync(partition, TestConsumer, 1000, TimeSpan.Zero));
        return entries;
    }
}
