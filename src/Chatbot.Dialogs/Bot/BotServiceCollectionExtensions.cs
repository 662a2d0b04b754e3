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
    /// </summary>
    public static IServiceCollection AddChatbotBot(this IServiceCollection services, DialogCatalog catalog, string? newConversationLanguage = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(catalog);
        services.AddSingleton<CaseFiling>();
        services.AddSingleton<Handoff>();
        services.AddSingleton<StatusReply>();
        services.AddSingleton<MainMenuDialog>();
        services.AddSingleton(sp => BotDialogs.Create(catalog, sp.GetRequiredService<MainMenuDialog>()));
        services.AddSingleton<CitizenBot>();
        services.AddSingleton(sp => new TurnContextFactory(catalog, sp, catalog.Language(newConversationLanguage)));
        services.AddSingleton<IInboundHandler, ConversationTurnHandler>();
        return services;
    }
}
