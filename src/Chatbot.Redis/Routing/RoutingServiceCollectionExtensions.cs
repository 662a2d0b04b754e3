using Chatbot.Core.Ports;
using Chatbot.Redis.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Chatbot.Redis;

public static class RoutingServiceCollectionExtensions
{
    /// <summary>The routing stores: offers and assignments with the operators' presence and load (one implementation), the routing record, the waiting-work sources.</summary>
    public static IServiceCollection AddChatbotRedisRouting(this IServiceCollection services)
    {
        services.AddSingleton<RedisRouting>();
        services.AddSingleton<IOfferStore>(sp => sp.GetRequiredService<RedisRouting>());
        services.AddSingleton<IOperatorRoster>(sp => sp.GetRequiredService<RedisRouting>());
        services.AddSingleton<IRoutingEvents, RedisRoutingEvents>();
        services.AddSingleton<IWorkSources, RedisWorkSources>();
        return services;
    }
}
