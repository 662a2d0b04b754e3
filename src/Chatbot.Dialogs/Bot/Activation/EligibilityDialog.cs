using Chatbot.Core.Activation;
using Chatbot.Core.Identity;
using Chatbot.Core.Ports;
using Chatbot.Dialogs.Catalog;
using Keys = Chatbot.Dialogs.Catalog.Texts.ActivationTextKeys;

namespace Chatbot.Dialogs.Bot.Activation;

/// <summary>
/// Can this citizen be activated, one question at a time: e-KTP recorded, a smartphone of their own with internet, an
/// active e-mail and number; then consent (UU 27/2022) before the NIK and the name are taken; 17 or older by the NIK,
/// or married. Every "no" ends with the way forward for that reason. Ends with an <see cref="Applicant"/>, or null.
/// </summary>
public sealed class EligibilityDialog : WaterfallDialog
{
    public const string DialogId = "ikd:eligibility";
    private const string NikKey = "nik";

    private readonly DialogCatalog catalog;
    private readonly IActivationBookings bookings;
    private readonly ActivationWording wording;

    public EligibilityDialog(DialogCatalog catalog, IActivationBookings bookings, ActivationWording wording)
        : base(DialogId)
    {
        this.catalog = catalog;
        this.bookings = bookings;
        this.wording = wording;
        AddStep((step, ct) => AskAsync(step, Keys.AskRecorded, ct));
        AddStep((step, ct) => IfYesAsync(step, Keys.NotRecorded, () => AskAsync(step, Keys.AskPhone, ct), ct));
        AddStep((step, ct) => IfYesAsync(step, Keys.NoPhone, () => AskAsync(step, Keys.AskEmail, ct), ct));
        AddStep((step, ct) => IfYesAsync(step, Keys.NoEmail, () => AskAsync(step, Keys.ConsentAsk, ct), ct));
        AddStep((step, ct) => IfYesAsync(step, Keys.ConsentRefused, () => step.PromptAsync(ActivationPrompts.Nik, ActivationPrompts.NikOptions(catalog, Language(step)), ct), ct));
        AddStep(CheckNikAsync);
        AddStep((step, ct) => IfYesAsync(step, Keys.TooYoung, () => step.PromptAsync(ActivationPrompts.Name, ActivationPrompts.NameOptions(catalog, Language(step)), ct), ct));
        AddStep((step, ct) => step.EndDialogAsync(new Applicant { Nik = (string)step.Values[NikKey]!, FullName = (string)step.Result! }, ct));
    }

    private static string Language(WaterfallStepContext step) => step.Context.Conversation.Language;

    private Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string key, CancellationToken ct) =>
        step.PromptAsync(ActivationPrompts.YesNo, ActivationPrompts.YesNoOptions(catalog, Language(step), key), ct);

    /// <summary>A "no" ends here with the way forward for that reason; a "yes" goes on to the next question.</summary>
    private async Task<DialogTurnResult> IfYesAsync(WaterfallStepContext step, string wayForward, Func<Task<DialogTurnResult>> next, CancellationToken ct)
    {
        if (step.Result is true) return await next();
        var args = wayForward == Keys.TooYoung ? new Dictionary<string, string> { ["date"] = SeventeenthBirthday(step) } : null;
        await step.Context.SendActivityAsync(catalog.Text(Language(step), wayForward, args), ct);
        return await step.EndDialogAsync(null, ct);
    }

    /// <summary>A NIK that holds a booking already shows it; under 17 by the NIK asks whether the citizen is married.</summary>
    private async Task<DialogTurnResult> CheckNikAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var nik = (Nik)step.Result!;
        step.Values[NikKey] = nik.Value;
        if (await bookings.FindActiveAsync(nik, ct) is { } existing)
        {
            return await step.EndDialogAsync(new Applicant { Nik = nik.Value, ExistingCode = existing.Code.ToString() }, ct);
        }

        return ActivationEligibility.IsOldEnough(nik, step.Context.Today)
            ? await step.NextAsync(true, ct)
            : await AskAsync(step, Keys.AskMarried, ct);
    }

    private string SeventeenthBirthday(WaterfallStepContext step)
    {
        Nik.TryParse(step.Values[NikKey] as string, step.Context.Today, out var nik, out _);
        return wording.Date(Language(step), nik.BirthDate.AddYears(ActivationEligibility.MinimumAge));
    }
}
