using Chatbot.Core.Ports;
using Chatbot.Dialogs.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Chatbot.Dialogs.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// The citizen bot over an already loaded catalog (loading happens at start so that a broken dialog file stops the
    /// service with the file, the path and the reason). Needs the Core ports (cases, conversations, inbox, handoff).
    /// <see cref="CaseUpdates"/> is what the console and the REST API call to carry a case from printed to done.
    /// </summary>
    public static IServiceCollection AddChatbotBot(this IServiceCollection services, DialogCatalog catalog, string? newConversationLanguage = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(catalog);
        services.AddSingleton<CaseFiling>();
        services.AddSingleton<Handoff>();
        services.AddSingleton<StatusReply>();
        services.AddSingleton<MainMenuDialog>();
        services.AddSingleton<DeliveryDialog>();
        services.AddSingleton<RatingDialog>();
        services.AddSingleton(sp => BotDialogs.Create(catalog, sp.GetRequiredService<MainMenuDialog>(), sp.GetRequiredService<DeliveryDialog>(), sp.GetRequiredService<RatingDialog>()));
        services.AddSingleton<CitizenBot>();
        services.AddSingleton(sp => new TurnContextFactory(catalog, sp, catalog.Language(newConversationLanguage)));
        services.AddSingleton<IInboundHandler, ConversationTurnHandler>();

        // The case-event path: the console and the API change cases here, and the bot tells the citizen.
        services.AddSingleton<CaseNotifier>();
        services.AddSingleton<CaseUpdates>();
        return services;
    }
}
