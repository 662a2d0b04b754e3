using Chatbot.Core.Activation;
using Chatbot.Core.Ports;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Recognizers;
using Keys = Chatbot.Dialogs.Catalog.Texts.ActivationTextKeys;

namespace Chatbot.Dialogs.Bot.Activation;

/// <summary>
/// A booking the citizen holds: shown with "1 ganti jadwal / 2 batalkan / 3 kembali"; after the office moved its
/// session, "1 tetap / 2 pilih sesi lain / 3 batalkan". Cancelling asks once more, then gives the seat back.
/// </summary>
public sealed class ManageDialog : WaterfallDialog
{
    public const string DialogId = "ikd:manage";
    private const string Keep = "keep", Reschedule = "reschedule", Other = "other", Cancel = "cancel", Menu = "menu";
    private const string ChoiceKey = "choice";

    private readonly DialogCatalog catalog;
    private readonly IActivationSessions sessions;
    private readonly IActivationBookings bookings;
    private readonly ActivationWording wording;

    public ManageDialog(DialogCatalog catalog, IActivationSessions sessions, IActivationBookings bookings, ActivationWording wording)
        : base(DialogId)
    {
        this.catalog = catalog;
        this.sessions = sessions;
        this.bookings = bookings;
        this.wording = wording;
        AddStep(ShowAsync);
        AddStep(ActAsync);
        AddStep(FinishAsync);
    }

    private static string Language(WaterfallStepContext step) => step.Context.Conversation.Language;

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var request = (ManageRequest)step.Options!;
        var language = Language(step);
        if (await LoadAsync(step, ct) is not (var booking, var session))
        {
            await step.Context.SendActivityAsync(catalog.Text(language, Keys.NotActive, new Dictionary<string, string> { ["code"] = request.Code }), ct);
            return await step.EndDialogAsync(null, ct);
        }

        if (request.Changed)
        {
            // The office's message with the new time and place was said just before (see ActivationNotices); the question
            // refers to it, so asked again (in the language the citizen switched to) it comes again.
            if (step.Reason == DialogReason.AskAgainCalled) await step.Context.SendActivityAsync(wording.Say(language, Keys.SessionChanged, booking, session), ct);
            return await step.PromptAsync(ActivationPrompts.Choice, ActivationPrompts.FixedChoiceOptions(catalog, language, Keys.ChangedAsk, Keys.ChangedRetry,
                new Choice(Keep, "tetap", "ikut", "keep", "stay"),
                new Choice(Other, "lain", "sesi lain", "pilih lain", "ganti", "other", "another"),
                new Choice(Cancel, "batalkan", "cancel it")), ct);
        }

        await step.Context.SendActivityAsync(wording.Say(language, Keys.Existing, booking, session), ct);
        return await step.PromptAsync(ActivationPrompts.Choice, ActivationPrompts.FixedChoiceOptions(catalog, language, Keys.ManageAsk, Keys.ManageRetry,
            new Choice(Reschedule, "ganti", "ganti jadwal", "ubah", "pindah", "reschedule", "change"),
            new Choice(Cancel, "batalkan", "batalkan jadwal", "cancel it"),
            new Choice(Menu, "kembali", "menu utama", "back")), ct);
    }

    private async Task<DialogTurnResult> ActAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var choice = ((FoundChoice)step.Result!).Value;
        step.Values[ChoiceKey] = choice;
        if (choice == Menu) return await step.EndDialogAsync(DialogResults.BackToMenu, ct);
        if (await LoadAsync(step, ct) is not (var booking, var session))
        {
            await step.Context.SendActivityAsync(catalog.Text(Language(step), Keys.NotActive, new Dictionary<string, string> { ["code"] = ((ManageRequest)step.Options!).Code }), ct);
            return await step.EndDialogAsync(null, ct);
        }

        switch (choice)
        {
            case Keep:
                await step.Context.SendActivityAsync(wording.Say(Language(step), Keys.Kept, booking, session), ct);
                return await step.EndDialogAsync(null, ct);
            case Cancel:
                return await step.PromptAsync(ActivationPrompts.YesNo, ActivationPrompts.YesNoOptions(catalog, Language(step), Keys.CancelAsk, wording.Details(Language(step), booking.Code, session)), ct);
            default:
                return await step.BeginDialogAsync(BookingDialog.DialogId, new BookingRequest
                {
                    Code = booking.Code.ToString(),
                    FullName = booking.FullName,
                    AreaId = session.AreaId,
                    ExceptSession = session.Id,
                    Alternatives = choice == Other,
                }, ct);
        }
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Values[ChoiceKey] as string != Cancel) return await step.EndDialogAsync(step.Result, ct);
        var language = Language(step);
        var code = BookingCode.TryParse(((ManageRequest)step.Options!).Code, out var parsed) ? parsed : default;
        if (step.Result is not true)
        {
            if (await LoadAsync(step, ct) is (var booking, var session)) await step.Context.SendActivityAsync(wording.Say(language, Keys.Kept, booking, session), ct);
            return await step.EndDialogAsync(null, ct);
        }

        var result = await bookings.CancelAsync(code, "citizen", null, step.Context.Now, ct);
        // NotActive with a cancelled booking: this very turn ran again after a concurrent change of the conversation.
        var cancelled = result.Outcome == BookingOutcome.Done || result.Booking?.Status == BookingStatus.Cancelled;
        var key = cancelled ? Keys.CancelDone : Keys.NotActive;
        await step.Context.SendActivityAsync(catalog.Text(language, key, new Dictionary<string, string> { ["code"] = code.ToString() }), ct);
        return await step.EndDialogAsync(null, ct);
    }

    /// <summary>The active booking of the request with its session, or null when it is no longer active.</summary>
    private async Task<(ActivationBooking Booking, ActivationSession Session)?> LoadAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (!BookingCode.TryParse(((ManageRequest)step.Options!).Code, out var code)) return null;
        if (await bookings.GetAsync(code, ct) is not { IsActive: true } booking) return null;
        return await sessions.GetAsync(booking.SessionId, ct) is { } session ? (booking, session) : null;
    }
}
