using Chatbot.Core.Activation;
using Chatbot.Core.Identity;
using Chatbot.Core.Ports;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;
using Chatbot.Dialogs.Prompts;
using Keys = Chatbot.Dialogs.Catalog.Texts.ActivationTextKeys;

namespace Chatbot.Dialogs.Bot.Activation;

/// <summary>
/// A seat booked by the citizen's institution: the invitation code ("UND-…", asked again when wrong, up to
/// <see cref="MaxAttempts"/> times, then back to the menu), the session it is for, the eligibility questions, then one
/// atomic claim of one of the group's seats. Begun with a code (typed at the menu) it checks that one first.
/// </summary>
public sealed class InvitationDialog : WaterfallDialog
{
    public const string DialogId = "ikd:invitation";
    public const string CodePromptId = "ikd:invitation:code";
    public const int MaxAttempts = 3;
    private const string CodeKey = "code";

    private readonly DialogCatalog catalog;
    private readonly IActivationSessions sessions;
    private readonly IActivationBookings bookings;
    private readonly IGroupBookings groups;
    private readonly IInstitutions institutions;
    private readonly ActivationWording wording;
    private readonly ReminderSchedule schedule;

    public InvitationDialog(DialogCatalog catalog, IActivationSessions sessions, IActivationBookings bookings, IGroupBookings groups, IInstitutions institutions, ActivationWording wording, ReminderSchedule schedule)
        : base(DialogId)
    {
        this.catalog = catalog;
        this.sessions = sessions;
        this.bookings = bookings;
        this.groups = groups;
        this.institutions = institutions;
        this.wording = wording;
        this.schedule = schedule;
        AddStep(AskCodeAsync);
        AddStep(CheckGroupAsync);
        AddStep(ClaimAsync);
    }

    /// <summary>The code prompt: a code of the right shape that names a group still open, else the reason; gives up after the last attempt.</summary>
    public Dialog CodePrompt() => new TextPrompt(CodePromptId, async (ctx, ct) =>
    {
        var language = ctx.Context.Conversation.Language;
        if (InvitationCode.TryParse(ctx.Recognized.Value, out var code) && await groups.GetAsync(code, ct) is { Cancelled: false })
        {
            ctx.Recognized.Value = code.ToString();
            return true;
        }

        if (ctx.AttemptCount >= MaxAttempts)
        {
            ctx.Recognized.Succeeded = true;
            ctx.Recognized.Value = string.Empty;
            return true;
        }

        var text = code.Value is null
            ? catalog.Text(language, Keys.InvitationInvalid)
            : catalog.Text(language, Keys.InvitationUnknown, new Dictionary<string, string> { ["code"] = code.ToString() });
        await ctx.Context.SendActivityAsync(text, ct);
        return false;
    });

    private static string Language(WaterfallStepContext step) => step.Context.Conversation.Language;

    private async Task<DialogTurnResult> AskCodeAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.Options is string typed
            ? await step.NextAsync(typed, ct)
            : await step.PromptAsync(CodePromptId, PromptOptions.FromText(catalog.Text(Language(step), Keys.AskInvitation)), ct);

    private async Task<DialogTurnResult> CheckGroupAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var language = Language(step);
        if (step.Result is not string { Length: > 0 } typed)
        {
            await step.Context.SendActivityAsync(catalog.Text(language, Keys.InvitationGiveUp), ct);
            return await step.EndDialogAsync(DialogResults.BackToMenu, ct);
        }

        InvitationCode.TryParse(typed, out var code);
        var group = code.Value is null ? null : await groups.GetAsync(code, ct);
        if (group is null or { Cancelled: true })
        {
            // Typed at the menu and not found: say so, then ask for the code as usual.
            await step.Context.SendActivityAsync(catalog.Text(language, Keys.InvitationUnknown, new Dictionary<string, string> { ["code"] = typed }), ct);
            return await step.ReplaceDialogAsync(DialogId, null, ct);
        }

        var session = await sessions.GetAsync(group.SessionId, ct);
        var args = new Dictionary<string, string> { ["code"] = code.ToString() };
        if (session is null || session.Status != SessionStatus.Open || session.StartsAt <= step.Context.Now) return await EndAsync(step, Keys.InvitationUnavailable, args, ct);
        if (group.Claimed >= group.Seats) return await EndAsync(step, Keys.InvitationFull, args, ct);

        step.Values[CodeKey] = code.ToString();
        var institution = await institutions.GetAsync(group.InstitutionId, ct);
        await step.Context.SendActivityAsync(catalog.Text(language, Keys.InvitationFound, new Dictionary<string, string>
        {
            ["institution"] = institution?.Name ?? group.InstitutionId,
            ["unit"] = group.Unit,
            ["date"] = wording.Date(language, session.StartsAt),
            ["time"] = wording.Time(language, session),
            ["place"] = session.Place,
        }), ct);
        return await step.BeginDialogAsync(EligibilityDialog.DialogId, null, ct);
    }

    private async Task<DialogTurnResult> ClaimAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result is not Applicant applicant) return await step.EndDialogAsync(null, ct);
        if (applicant.ExistingCode is { } existing) return await step.ReplaceDialogAsync(ManageDialog.DialogId, new ManageRequest { Code = existing }, ct);

        var turn = step.Context;
        var language = Language(step);
        InvitationCode.TryParse((string)step.Values[CodeKey]!, out var code);
        var args = new Dictionary<string, string> { ["code"] = code.ToString() };
        var group = await groups.GetAsync(code, ct);
        var session = group is null ? null : await sessions.GetAsync(group.SessionId, ct);
        if (session is null) return await EndAsync(step, Keys.InvitationUnavailable, args, ct);

        Nik.TryParse(applicant.Nik, turn.Today, out var nik, out _);
        var draft = new ActivationBooking
        {
            Code = BookingCode.New(),
            SessionId = session.Id,
            Nik = nik,
            FullName = applicant.FullName,
            Phone = turn.Conversation.ConversationId,
            Language = language,
            BookedAt = turn.Now,
        };
        var result = await bookings.ClaimAsync(code, draft, schedule.For(session.StartsAt, turn.Now), ct);
        switch (result.Outcome)
        {
            case BookingOutcome.Done:
                await turn.SendActivityAsync(wording.Booked(language, result.Booking!, result.Session ?? session), ct);
                return await step.EndDialogAsync(null, ct);
            case BookingOutcome.AlreadyBooked when result.Booking is { } held && held.Group == code && held.Phone == turn.Conversation.ConversationId:
                // This very turn ran again after a concurrent change of the conversation: the seat is already ours.
                await turn.SendActivityAsync(wording.Booked(language, held, result.Session ?? session), ct);
                return await step.EndDialogAsync(null, ct);
            case BookingOutcome.AlreadyBooked when result.Booking is { } held:
                return await step.ReplaceDialogAsync(ManageDialog.DialogId, new ManageRequest { Code = held.Code.ToString() }, ct);
            case BookingOutcome.SessionFull:
                return await EndAsync(step, Keys.InvitationFull, args, ct);
            case BookingOutcome.UnknownInvitation or BookingOutcome.SessionUnavailable:
                return await EndAsync(step, Keys.InvitationUnavailable, args, ct);
            default:
                return await EndAsync(step, TextKeys.ErrorGeneric, null, ct);
        }
    }

    private async Task<DialogTurnResult> EndAsync(WaterfallStepContext step, string key, IReadOnlyDictionary<string, string>? args, CancellationToken ct)
    {
        await step.Context.SendActivityAsync(catalog.Text(Language(step), key, args), ct);
        return await step.EndDialogAsync(null, ct);
    }
}
