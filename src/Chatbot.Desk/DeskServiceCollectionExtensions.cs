using Chatbot.Desk.Activation;
using Chatbot.Desk.Cases;
using Chatbot.Desk.Conversations;
using Chatbot.Desk.Events;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Chatbot.Desk;

public static class DeskServiceCollectionExtensions
{
    /// <summary>
    /// The office's use cases, after the bot (AddChatbotBot: the catalogue and <see cref="Dialogs.Bot.CitizenNotifier"/>)
    /// and a store of the Core ports (e.g. AddChatbotRedis). The host binds <see cref="OperationsOptions"/> (templates,
    /// canned responses) itself. Safe to call twice.
    /// </summary>
    public static IServiceCollection AddChatbotDesk(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<OperationsOptions>();
        services.TryAddSingleton<IQueueAccess, RosterQueueAccess>();
        services.TryAddSingleton<AuditTrail>();
        services.TryAddSingleton<ConsoleEventPublisher>();
        services.TryAddSingleton<ConsoleEventFilter>();

        services.TryAddSingleton<ConversationActions>();
        services.TryAddSingleton<CaseUpdates>();
        services.TryAddSingleton<CaseActions>();
        services.TryAddSingleton<Dashboard>();

        services.TryAddSingleton<OfficeTime>();
        services.TryAddSingleton<IActivationAreas, CatalogActivationAreas>();
        services.TryAddSingleton<CoordinatorScope>();
        services.TryAddSingleton<SessionDraftCheck>();
        services.TryAddSingleton<ActivationDesk>();
        services.TryAddSingleton<UnattendedBookings>();
        return services;
    }
}
