using Chatbot.Core.Ports;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Recognizers;
using Keys = Chatbot.Dialogs.Catalog.Texts.ActivationTextKeys;

namespace Chatbot.Dialogs.Bot.Activation;

/// <summary>
/// "Aktivasi IKD" from the menu. A number that holds an active booking sees it, with reschedule and cancel; otherwise
/// the citizen books for themselves (eligibility, then area, date and session) or claims a seat of their institution
/// with an invitation code. Begun with an invitation code (typed at the menu) it goes straight to that.
/// </summary>
public sealed class ActivationDialog : WaterfallDialog
{
    public const string DialogId = "ikd";
    private const string Self = "self", Invitation = "invitation";
    private const string PathKey = "path";

    private readonly DialogCatalog catalog;
    private readonly IActivationBookings bookings;

    public ActivationDialog(DialogCatalog catalog, IActivationBookings bookings)
        : base(DialogId)
    {
        this.catalog = catalog;
        this.bookings = bookings;
        AddStep(StartAsync);
        AddStep(ChooseAsync);
        AddStep(BookAsync);
        AddStep((step, ct) => step.EndDialogAsync(step.Result, ct));
    }

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Options is string invitation) return await step.BeginDialogAsync(InvitationDialog.DialogId, invitation, ct);
        var held = (await bookings.ListForPhoneAsync(step.Context.Conversation.ConversationId, ct)).FirstOrDefault(b => b.IsActive);
        if (held is not null) return await step.BeginDialogAsync(ManageDialog.DialogId, new ManageRequest { Code = held.Code.ToString() }, ct);

        var language = step.Context.Conversation.Language;
        await step.Context.SendActivityAsync(catalog.Text(language, Keys.Intro), ct);
        return await step.PromptAsync(ActivationPrompts.Choice, ActivationPrompts.FixedChoiceOptions(catalog, language, Keys.StartAsk, Keys.StartRetry,
            new Choice(Self, [.. catalog.WordsInAnyLanguage(Keys.StartSelfWords)]),
            new Choice(Invitation, [.. catalog.WordsInAnyLanguage(Keys.StartCodeWords)])), ct);
    }

    private async Task<DialogTurnResult> ChooseAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result is not FoundChoice chosen) return await step.EndDialogAsync(step.Result, ct);
        step.Values[PathKey] = chosen.Value;
        return chosen.Value == Self
            ? await step.BeginDialogAsync(EligibilityDialog.DialogId, null, ct)
            : await step.BeginDialogAsync(InvitationDialog.DialogId, null, ct);
    }

    private async Task<DialogTurnResult> BookAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Values[PathKey] as string != Self || step.Result is not Applicant applicant) return await step.EndDialogAsync(step.Result, ct);
        if (applicant.ExistingCode is { } existing) return await step.BeginDialogAsync(ManageDialog.DialogId, new ManageRequest { Code = existing }, ct);
        return await step.BeginDialogAsync(BookingDialog.DialogId, new BookingRequest { Nik = applicant.Nik, FullName = applicant.FullName }, ct);
    }
}
