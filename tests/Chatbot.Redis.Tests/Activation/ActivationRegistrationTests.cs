using Chatbot.Core.Ports;
using Chatbot.Redis.Activation;
using Chatbot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chatbot.Redis.Tests.Activation;

/// <summary>AddChatbotRedis registers the six IKD ports, each one instance, and binds the retention.</summary>
[Collection(RedisCollection.Name)]
public sealed class ActivationRegistrationTests(RedisServerFixture redis)
{
    [Fact]
    public void The_six_ports_are_singletons_and_the_retention_is_configurable()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["Redis:KeyPrefix"] = RedisServerFixture.NewKeyPrefix(),
            ["Redis:Activation:RetentionDays"] = "30",
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddChatbotRedis(configuration).BuildServiceProvider();

        AssertSingleton<IActivationSessions, RedisActivationSessions>(provider);
        AssertSingleton<IActivationBookings, RedisActivationBookings>(provider);
        AssertSingleton<IGroupBookings, RedisGroupBookings>(provider);
        AssertSingleton<IInstitutions, RedisInstitutions>(provider);
        AssertSingleton<IActivationReminders, RedisActivationReminders>(provider);
        AssertSingleton<IActivationStats, RedisActivationStats>(provider);
        Assert.Equal(30, provider.GetRequiredService<IOptions<ActivationStoreOptions>>().Value.RetentionDays);
        Assert.Equal(90, new ActivationStoreOptions().RetentionDays);
    }

    private static void AssertSingleton<TPort, TImplementation>(IServiceProvider provider)
        where TPort : class
    {
        var first = provider.GetRequiredService<TPort>();
        Assert.IsType<TImplementation>(first);
        Assert.Same(first, provider.GetRequiredService<TPort>());
    }
}
