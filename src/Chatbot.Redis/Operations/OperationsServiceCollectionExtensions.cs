using Chatbot.Core.Ports;
using Chatbot.Redis.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace Chatbot.Redis;

public static class OperationsServiceCollectionExtensions
{
    /// <summary>What the console and the REST API keep in Redis: the audit log, console events, the case directory and notes, the account list.</summary>
    public static IServiceCollection AddChatbotRedisOperations(this IServiceCollection services)
    {
        services.AddSingleton<IAuditLog, RedisAuditLog>();
        services.AddSingleton<IConsoleEvents, RedisConsoleEvents>();
        services.AddSingleton<ICaseDirectory, RedisCaseDirectory>();
        services.AddSingleton<ICaseNotes, RedisCaseNotes>();
        services.AddSingleton<IOperatorDirectory, RedisOperatorDirectory>();
        services.AddSingleton<IDeliveryLookup, RedisDeliveryLookup>();
        return services;
    }
}
