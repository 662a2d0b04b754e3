using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Prompts;

namespace Chatbot.Dialogs.Bot;

/// <summary>
/// Every dialog of the bot: the main menu and its prompt, each flow of the catalogue with its prompts, the dialogs the
/// office starts (delivery after printing, rating when done, the 24-hour window's gate, a question about a session),
/// and IKD activation booking.
/// </summary>
public static class BotDialogs
{
    public static DialogSet Create(DialogCatalog catalog, MainMenuDialog main, DeliveryDialog delivery, RatingDialog rating, Activation.ActivationDialogs activation)
    {
        var set = new DialogSet().Add(main).Add(new ChoicePrompt(MainMenuDialog.MenuPromptId, (ctx, ct) => ComingSoonAsync(catalog, ctx, ct)) { AppendChoices = false });
        foreach (var flow in catalog.Flows.Values)
        {
            foreach (var dialog in new FlowDialog(flow, catalog).WithPrompts()) set.Add(dialog);
        }

        set.Add(delivery).Add(new ChoicePrompt(DeliveryDialog.ChoicePromptId) { AppendChoices = false });
        set.Add(rating).Add(RatingDialog.Prompt());
        set.Add(new WindowGate()).Add(new OfficeQuestion());
        foreach (var dialog in activation.All()) set.Add(dialog);
        return set;
    }

    /// <summary>
    /// A service asked for by name that is not offered on WhatsApp yet gets "segera hadir" instead of "pilihan tidak
    /// ada"; an IKD invitation or booking code typed instead of a number is understood.
    /// </summary>
    private static async Task<bool> ComingSoonAsync(DialogCatalog catalog, PromptValidatorContext<Recognizers.FoundChoice> ctx, CancellationToken ct)
    {
        if (ctx.Recognized.Succeeded) return true;
        if (catalog.ActivationService is { } activation && Activation.ActivationShortcuts.Recognize(ctx.Context.Activity.Text, activation.Id) is { } code)
        {
            ctx.Recognized.Succeeded = true;
            ctx.Recognized.Value = code;
            return true;
        }

        if (catalog.FindServiceByPhrase(ctx.Context.Activity.Text) is { IsEnabled: false } service)
        {
            var language = ctx.Context.Conversation.Language;
            await ctx.Context.SendActivityAsync(catalog.Text(language, Catalog.Texts.TextKeys.ServiceUnavailable, new Dictionary<string, string> { ["title"] = catalog.Text(language, service.Title) }), ct);
        }

        return false;
    }
}
