using Chatbot.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace Chatbot.Redis;

public static class ScaleOutServiceCollectionExtensions
{
    /// <summary>The parts that let several instances share the work: the instance registry and the shared send rate.</summary>
    public static IServiceCollection AddChatbotRedisScaleOut(this IServiceCollection services)
    {
        services.AddSingleton<IInstanceRegistry, RedisInstanceRegistry>();
        services.AddSingleton<ISendRateGate, RedisSendRateGate>();
        return services;
    }
}
