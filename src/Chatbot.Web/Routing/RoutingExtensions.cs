using Chatbot.Desk;
using Chatbot.Web.Workers;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Routing;

public static class RoutingExtensions
{
    /// <summary>
    /// Routing: the "Routing" options (validated at start), the plan built from them and the dialog catalogue, the
    /// engine and its worker (one instance routes at a time), and <see cref="RoutingService"/> for the console and the
    /// API. Needs the Redis layer (AddChatbotRedis registers the routing stores), the bot's catalogue and the operations
    /// (AddChatbotOperations: an accepted or claimed item's conversation is taken over with <see cref="ConversationActions"/>).
    /// </summary>
    public static IServiceCollection AddChatbotRouting(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RoutingOptions>().Bind(configuration.GetSection(RoutingOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RoutingOptions>, RoutingOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<InstanceIdentity>();
        services.AddSingleton<RoutingPlan>();
        services.AddSingleton<RoutingConsoleEvents>();
        services.AddSingleton<RoutingEngine>();
        services.AddSingleton<RoutingTakeOver>();
        services.AddSingleton<RoutingService>();
        services.AddSingleton<RoutingQueueAccess>();
        services.AddSingleton<IQueueAccess>(sp => sp.GetRequiredService<RoutingQueueAccess>()); // replaces the API's default (the roster's skills only)
        services.AddHostedService<RoutingWorker>();
        return services;
    }
}
