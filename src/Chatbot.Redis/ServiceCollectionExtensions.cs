using Chatbot.Core.Ports;
using Chatbot.Redis.Activation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Chatbot.Redis;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Redis layer: <see cref="RedisOptions"/> (validated at start), the one shared multiplexer, every
    /// port implemented here as a singleton, and <see cref="RedisHealth"/>.
    /// </summary>
    public static IServiceCollection AddChatbotRedis(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RedisOptions>()
            .Bind(configuration.GetSection(RedisOptions.Section))
            .Configure(o => o.ConnectionString = configuration.GetConnectionString(RedisOptions.ConnectionStringName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<RedisOptions>, RedisOptionsValidator>();

        services.AddSingleton<IConnectionMultiplexer>(sp =>
            RedisConnectionFactory.Connect(sp.GetRequiredService<IOptions<RedisOptions>>().Value, sp.GetService<ILoggerFactory>()));
        services.AddSingleton(sp => new RedisContext(
            sp.GetRequiredService<IConnectionMultiplexer>(), sp.GetRequiredService<IOptions<RedisOptions>>(), sp.GetService<ILoggerFactory>()));
        services.AddSingleton(sp => sp.GetRequiredService<RedisContext>().Keys);

        services.AddSingleton<RedisStorage>();
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<RedisStorage>());
        services.AddSingleton<RedisConversationStore>();
        services.AddSingleton<IConversationStore>(sp => sp.GetRequiredService<RedisConversationStore>());
        services.AddSingleton<RedisInbox>();
        services.AddSingleton<IInbox>(sp => sp.GetRequiredService<RedisInbox>());
        services.AddSingleton<IInboxReader>(sp => sp.GetRequiredService<RedisInbox>());
        services.AddSingleton<RedisOutbox>();
        services.AddSingleton<IOutbox>(sp => sp.GetRequiredService<RedisOutbox>());
        services.AddSingleton<IOutboxReader>(sp => sp.GetRequiredService<RedisOutbox>());
        services.AddSingleton<RedisDeliveryLog>();
        services.AddSingleton<IDeliveryLog>(sp => sp.GetRequiredService<RedisDeliveryLog>());
        services.AddSingleton<RedisCaseStore>();
        services.AddSingleton<ICaseStore>(sp => sp.GetRequiredService<RedisCaseStore>());
        services.AddSingleton<RedisHandoffQueue>();
        services.AddSingleton<IHandoffQueue>(sp => sp.GetRequiredService<RedisHandoffQueue>());
        services.AddSingleton<RedisPartitionLeases>();
        services.AddSingleton<IPartitionLeases>(sp => sp.GetRequiredService<RedisPartitionLeases>());
        services.AddSingleton<IOperatorAccounts, RedisOperatorAccounts>();
        services.AddSingleton<RedisHealth>();
        services.AddChatbotRedisScaleOut();
        services.AddChatbotRedisRouting();
        services.AddChatbotRedisOperations();
        services.AddChatbotRedisActivation(configuration);
        return services;
    }
}
