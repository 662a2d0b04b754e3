using Chatbot.Core.Activation;
using Chatbot.Core.Ports;
using Chatbot.Dialogs.Bot.Activation;
using Chatbot.Dialogs.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Chatbot.Dialogs.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// The citizen bot over an already loaded catalog (loading happens at start so that a broken dialog file stops the
    /// service with the file, the path and the reason). Needs the Core ports (cases, conversations, inbox, handoff, IKD
    /// activation). What the office does (cases, conversations, IKD sessions) is Chatbot.Desk's, over this bot's
    /// <see cref="CitizenNotifier"/>.
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
        services.AddChatbotActivation(catalog);
        services.AddSingleton(sp => BotDialogs.Create(catalog, sp.GetRequiredService<MainMenuDialog>(), sp.GetRequiredService<DeliveryDialog>(), sp.GetRequiredService<RatingDialog>(), sp.GetRequiredService<ActivationDialogs>()));
        services.AddSingleton<CitizenBot>();
        services.AddSingleton(sp => new TurnContextFactory(catalog, sp, catalog.Language(newConversationLanguage)));
        services.AddSingleton<IInboundHandler, ConversationTurnHandler>();
        services.AddSingleton<IDialogProgress, DialogProgress>();

        // The case-event path: the office's desk changes a case or a session, and the bot tells the citizen.
        services.AddSingleton<CitizenNotifier>();
        return services;
    }

    /// <summary>IKD activation booking: the dialogs and what they share (the ports come from the store, e.g. AddChatbotRedis).</summary>
    private static void AddChatbotActivation(this IServiceCollection services, DialogCatalog catalog)
    {
        services.AddSingleton(new ReminderSchedule(catalog.Calendar.Zone));
        services.AddSingleton<ActivationWording>();
        services.AddSingleton<SessionFinder>();
        services.AddSingleton<ActivationNotices>();
        services.AddSingleton<ActivationDialog>();
        services.AddSingleton<EligibilityDialog>();
        services.AddSingleton<BookingDialog>();
        services.AddSingleton<ManageDialog>();
        services.AddSingleton<InvitationDialog>();
        services.AddSingleton<ActivationDialogs>();
    }
}
