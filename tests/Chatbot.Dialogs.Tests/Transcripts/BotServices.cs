using Chatbot.Desk;
using Chatbot.Dialogs.Bot;
using Chatbot.Dialogs.Catalog;
using Chatbot.Redis;
using Chatbot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Chatbot.Dialogs.Tests.Transcripts;

/// <summary>The bot and the office's desk over the real Redis stores, on its own key prefix, with a clock the test moves.</summary>
internal static class BotServices
{
    public static ServiceProvider Create(RedisServerFixture redis, DialogCatalog catalog, TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["Redis:KeyPrefix"] = RedisServerFixture.NewKeyPrefix(),
            // Tests play on fixed past dates; the store purges IKD bookings by Redis's own clock after retention.
            ["Redis:Activation:RetentionDays"] = "36500",
        }).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton(clock)
            .AddChatbotRedis(configuration)
            .AddChatbotBot(catalog)
            .AddChatbotDesk()
            .BuildServiceProvider();
    }
}
