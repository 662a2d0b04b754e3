using Chatbot.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace Chatbot.Redis;

public static class ScaleOutServiceCollectionExtensions
{
    /// <summary>
    /// The parts that let several instances share the work: the instance registry, the shared send rate and the send
    /// attempts (kept in the delivery log's records) that let a new sender recognise a message already handed over.
    /// </summary>
    public static IServiceCollection AddChatbotRedisScaleOut(this IServiceCollection services)
    {
        services.AddSingleton<IInstanceRegistry, RedisInstanceRegistry>();
        services.AddSingleton<ISendRateGate, RedisSendRateGate>();
        services.AddSingleton<IDeliveryAttempts>(sp => sp.GetRequiredService<RedisDeliveryLog>());
        return services;
    }
}
