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

        set.Add(new ServiceRequestDialog(catalog));
        foreach (var prompt in ServiceRequestDialog.Prompts()) set.Add(prompt);
        set.Add(delivery).Add(new ChoicePrompt(DeliveryDialog.ChoicePromptId) { AppendChoices = false });
        set.Add(rating).Add(RatingDialog.Prompt());
        set.Add(new WindowGate()).Add(new OfficeQuestion());
        foreach (var dialog in activation.All()) set.Add(dialog);
        return set;
    }

    /// <summary>
    /// Text that is no menu option: an IKD invitation or booking code is understood; words are a request in the
    /// citizen's own words (<see cref="ServiceRequestDialog"/>: a service, a question, or "we cannot place this").
    /// Only a number or sign that is no option gets "pilihan itu tidak ada".
    /// </summary>
    private static Task<bool> ComingSoonAsync(DialogCatalog catalog, PromptValidatorContext<Recognizers.FoundChoice> ctx, CancellationToken ct)
    {
        _ = ct;
        if (ctx.Recognized.Succeeded) return Task.FromResult(true);
        var text = ctx.Context.Activity.Text;
        if (catalog.ActivationService is { } activation && Activation.ActivationShortcuts.Recognize(text, activation.Id) is { } code)
        {
            ctx.Recognized.Succeeded = true;
            ctx.Recognized.Value = code;
            return Task.FromResult(true);
        }

        if (!text.Any(char.IsLetter)) return Task.FromResult(false);
        ctx.Recognized.Succeeded = true;
        ctx.Recognized.Value = MainMenuDialog.AsRequest(text);
        return Task.FromResult(true);
    }
}
