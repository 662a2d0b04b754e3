using Chatbot.Core.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Chatbot.Redis.Activation;

public static class ActivationServiceCollectionExtensions
{
    /// <summary>The IKD activation stores (sessions, bookings, group bookings, institutions, reminders, stats), all singletons.</summary>
    public static IServiceCollection AddChatbotRedisActivation(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ActivationStoreOptions>().Bind(configuration.GetSection(ActivationStoreOptions.Section));
        services.AddSingleton<IActivationSessions, RedisActivationSessions>();
        services.AddSingleton<IActivationBookings, RedisActivationBookings>();
        services.AddSingleton<IGroupBookings, RedisGroupBookings>();
        services.AddSingleton<IInstitutions, RedisInstitutions>();
        services.AddSingleton<IActivationReminders, RedisActivationReminders>();
        services.AddSingleton<IActivationStats, RedisActivationStats>();
        return services;
    }
}
