using System.Globalization;
using Chatbot.Core.Activation;
using Chatbot.Core.Identity;
using Chatbot.Core.Ports;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;
using Chatbot.Dialogs.Recognizers;
using Keys = Chatbot.Dialogs.Catalog.Texts.ActivationTextKeys;
using ListItem = Chatbot.Dialogs.Bot.Activation.ActivationPrompts.ListItem;

namespace Chatbot.Dialogs.Bot.Activation;

/// <summary>
/// Picks a session and takes the seat: area (every kecamatan, those without seats marked), date, session (time, place,
/// seats left), summary, then one atomic booking (or move, for a reschedule) with its reminders. A session that filled
/// up meanwhile gets "sorry, just filled up" and a numbered list of other sessions with seats, the same area first:
/// picking one books it at once. Begun with <see cref="BookingRequest.Alternatives"/> it starts at that list. Every
/// question can be asked again from the phase it is in (after a language switch), with the lists read anew.
/// </summary>
public sealed class BookingDialog(
    DialogCatalog catalog,
    IActivationSessions sessions,
    IActivationBookings bookings,
    SessionFinder finder,
    ActivationWording wording,
    ReminderSchedule schedule) : Dialog(DialogId), IAsksAgain
{
    public const string DialogId = "ikd:book";
    private const string RequestKey = "request", PhaseKey = "phase", AreaKey = "area", DateKey = "date", SessionKey = "session";
    private const string OfferAreaKey = "offerArea", OfferExceptKey = "offerExcept";
    private const string AreaPhase = "area", DatePhase = "date", SessionPhase = "session", ConfirmPhase = "confirm", AlternativePhase = "alternative";
    private const string Yes = "yes", Other = "other", Cancel = "cancel";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken ct = default)
    {
        var request = options as BookingRequest ?? throw new ArgumentException($"'{DialogId}' needs a {nameof(BookingRequest)}.", nameof(options));
        dc.ActiveDialog!.State[RequestKey] = request;
        if (request.Alternatives) return await OfferAlternativesAsync(dc, request.AreaId, null, ct);
        if (!request.IsReschedule) await SayAsync(dc, Keys.Bring, null, ct);
        return await AskAreaAsync(dc, ct);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken ct = default)
    {
        var state = dc.ActiveDialog!.State;
        var chosen = (result as FoundChoice)?.Value ?? string.Empty;
        switch (state[PhaseKey] as string)
        {
            case AreaPhase:
                state[AreaKey] = chosen;
                return await AskDateAsync(dc, ct);
            case DatePhase:
                return await AskSessionAsync(dc, DateOnly.ParseExact(chosen, "yyyy-MM-dd", CultureInfo.InvariantCulture), ct);
            case SessionPhase:
                return await ShowSummaryAsync(dc, chosen, ct);
            case ConfirmPhase when chosen == Yes:
                return await BookAsync(dc, (string)state[SessionKey]!, ct);
            case ConfirmPhase when chosen == Other:
                return await AskAreaAsync(dc, ct);
            case ConfirmPhase:
                return await GiveUpAsync(dc, ct);
            case AlternativePhase:
                return await BookAsync(dc, chosen, ct);
            default:
                return await dc.EndDialogAsync(null, ct);
        }
    }

    public bool CanAskAgain(DialogInstance instance) =>
        instance.State.ValueOrNull(PhaseKey) is string phase && (phase != SessionPhase || instance.State.ContainsKey(DateKey));

    public Task<DialogTurnResult> AskAgainAsync(DialogContext dc, CancellationToken ct = default)
    {
        var state = dc.ActiveDialog!.State;
        return (state[PhaseKey] as string) switch
        {
            AreaPhase => AskAreaAsync(dc, ct),
            DatePhase => AskDateAsync(dc, ct),
            SessionPhase => AskSessionAsync(dc, (DateOnly)state[DateKey]!, ct),
            ConfirmPhase => ShowSummaryAsync(dc, (string)state[SessionKey]!, ct),
            _ => OfferAlternativesAsync(dc, state.ValueOrNull(OfferAreaKey) as string, state.ValueOrNull(OfferExceptKey) as string, ct),
        };
    }

    private static BookingRequest Request(DialogContext dc) => (BookingRequest)dc.ActiveDialog!.State[RequestKey]!;

    private static string Language(DialogContext dc) => dc.Context.Conversation.Language;

    private Task SayAsync(DialogContext dc, string key, IReadOnlyDictionary<string, string>? args, CancellationToken ct) =>
        dc.Context.SendActivityAsync(catalog.Text(Language(dc), key, args), ct);

    /// <summary>Bookable sessions, without the one a rescheduling citizen already holds.</summary>
    private async Task<List<ActivationSession>> BookableAsync(DialogContext dc, CancellationToken ct) =>
        (await finder.BookableAsync(dc.Context.Now, ct)).Where(s => s.Id != Request(dc).ExceptSession).ToList();

    private Task<DialogTurnResult> PromptAsync(DialogContext dc, string phase, string askKey, string retryKey, IReadOnlyList<ListItem> items, IReadOnlyDictionary<string, string>? args, CancellationToken ct)
    {
        dc.ActiveDialog!.State[PhaseKey] = phase;
        return dc.PromptAsync(ActivationPrompts.Choice, ActivationPrompts.ChoiceOptions(catalog, Language(dc), askKey, retryKey, items, args), ct);
    }

    /// <summary>Every kecamatan in a stable order (numbers do not shift while seats go), those without seats marked.</summary>
    private async Task<DialogTurnResult> AskAreaAsync(DialogContext dc, CancellationToken ct)
    {
        var bookable = await BookableAsync(dc, ct);
        if (bookable.Count == 0)
        {
            await SayAsync(dc, Keys.NoSessions, null, ct);
            return await dc.EndDialogAsync(null, ct);
        }

        var withSeats = bookable.Select(s => s.AreaId).ToHashSet(StringComparer.Ordinal);
        var items = catalog.Kecamatan.Select(k => new ListItem(
            k.Id,
            withSeats.Contains(k.Id) ? k.Name : catalog.Text(Language(dc), Keys.AreaWithoutSeats, new Dictionary<string, string> { ["name"] = k.Name }),
            [k.Name, .. k.Aliases])).ToList();
        return await PromptAsync(dc, AreaPhase, Keys.AskArea, Keys.AreaRetry, items, null, ct);
    }

    private async Task<DialogTurnResult> AskDateAsync(DialogContext dc, CancellationToken ct)
    {
        var area = (string)dc.ActiveDialog!.State[AreaKey]!;
        var dates = (await BookableAsync(dc, ct)).Where(s => s.AreaId == area).Select(s => wording.LocalDate(s.StartsAt)).Distinct().Order().ToList();
        if (dates.Count == 0)
        {
            await SayAsync(dc, Keys.AreaNoSeats, new Dictionary<string, string>
            {
                ["area"] = wording.AreaName(area),
                ["days"] = catalog.Activation.BookingDaysAhead.ToString(CultureInfo.InvariantCulture),
            }, ct);
            return await AskAreaAsync(dc, ct);
        }

        var items = dates.Select(d => new ListItem(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), wording.Date(Language(dc), d), [])).ToList();
        return await PromptAsync(dc, DatePhase, Keys.AskDate, Keys.DateRetry, items, new Dictionary<string, string> { ["area"] = wording.AreaName(area) }, ct);
    }

    private async Task<DialogTurnResult> AskSessionAsync(DialogContext dc, DateOnly date, CancellationToken ct)
    {
        var area = (string)dc.ActiveDialog!.State[AreaKey]!;
        dc.ActiveDialog.State[DateKey] = date;
        var language = Language(dc);
        var onDate = (await BookableAsync(dc, ct)).Where(s => s.AreaId == area && wording.LocalDate(s.StartsAt) == date).OrderBy(s => s.StartsAt).ToList();
        if (onDate.Count == 0) return await AskDateAsync(dc, ct);
        var items = onDate.Select(s => new ListItem(s.Id, catalog.Text(language, Keys.SessionLine, new Dictionary<string, string>
        {
            ["time"] = wording.Time(language, s),
            ["place"] = s.Place,
            ["seats"] = s.SeatsLeft.ToString(CultureInfo.InvariantCulture),
        }), [])).ToList();
        return await PromptAsync(dc, SessionPhase, Keys.AskSession, Keys.SessionRetry, items, new Dictionary<string, string> { ["date"] = wording.Date(language, date) }, ct);
    }

    private async Task<DialogTurnResult> ShowSummaryAsync(DialogContext dc, string sessionId, CancellationToken ct)
    {
        var request = Request(dc);
        var language = Language(dc);
        var session = await sessions.GetAsync(sessionId, ct);
        if (session is null || session.SeatsLeft == 0 || session.Status != SessionStatus.Open) return await FullAsync(dc, session?.AreaId ?? request.AreaId, sessionId, ct);
        dc.ActiveDialog!.State[SessionKey] = sessionId;
        dc.ActiveDialog.State[PhaseKey] = ConfirmPhase;
        await SayAsync(dc, Keys.Summary, new Dictionary<string, string>
        {
            ["name"] = request.FullName ?? string.Empty,
            ["date"] = wording.Date(language, session.StartsAt),
            ["time"] = wording.Time(language, session),
            ["place"] = session.Place,
        }, ct);
        var options = ActivationPrompts.FixedChoiceOptions(catalog, language, request.IsReschedule ? Keys.ConfirmRescheduleAsk : Keys.ConfirmAsk, Keys.ConfirmRetry,
            new Choice(Yes, "ya", "iya", "pesan", "benar", "setuju", "ok", "oke", "yes", "book"),
            new Choice(Other, "lain", "jadwal lain", "pilih lain", "ganti", "other", "another"),
            new Choice(Cancel, "tidak", "tidak jadi", "gak jadi", "no"));
        return await dc.PromptAsync(ActivationPrompts.Choice, options, ct);
    }

    /// <summary>Takes the seat (or moves the booking to it) in one atomic step, with the reminders of that session.</summary>
    private async Task<DialogTurnResult> BookAsync(DialogContext dc, string sessionId, CancellationToken ct)
    {
        var request = Request(dc);
        var turn = dc.Context;
        var session = await sessions.GetAsync(sessionId, ct);
        if (session is null) return await FullAsync(dc, request.AreaId, sessionId, ct);
        var reminders = schedule.For(session.StartsAt, turn.Now);
        var result = request.IsReschedule
            ? await bookings.RescheduleAsync(Code(request), sessionId, reminders, turn.Now, ct)
            : await bookings.BookAsync(Draft(turn, request, sessionId), reminders, ct);
        switch (result.Outcome)
        {
            case BookingOutcome.Done:
                return await DoneAsync(dc, result.Booking!, result.Session ?? session, ct);
            case BookingOutcome.AlreadyBooked when result.Booking is { } held && held.SessionId == sessionId && held.Phone == turn.Conversation.ConversationId:
                // This very turn ran again after a concurrent change of the conversation: the seat is already ours.
                return await DoneAsync(dc, held, result.Session ?? session, ct);
            case BookingOutcome.AlreadyBooked when result.Booking is { } held:
                return await dc.ReplaceDialogAsync(ManageDialog.DialogId, new ManageRequest { Code = held.Code.ToString() }, ct);
            case BookingOutcome.SessionFull or BookingOutcome.SessionUnavailable or BookingOutcome.Reserved:
                return await FullAsync(dc, session.AreaId, sessionId, ct);
            case BookingOutcome.NotActive or BookingOutcome.NotFound when request.IsReschedule:
                if (await bookings.GetAsync(Code(request), ct) is { IsActive: true } moved && moved.SessionId == sessionId) return await DoneAsync(dc, moved, session, ct);
                await SayAsync(dc, Keys.NotActive, new Dictionary<string, string> { ["code"] = Code(request).ToString() }, ct);
                return await dc.EndDialogAsync(null, ct);
            default:
                await SayAsync(dc, TextKeys.ErrorGeneric, null, ct);
                return await dc.EndDialogAsync(null, ct);
        }
    }

    private async Task<DialogTurnResult> DoneAsync(DialogContext dc, ActivationBooking booking, ActivationSession session, CancellationToken ct)
    {
        var language = Language(dc);
        var text = Request(dc).IsReschedule ? wording.Say(language, Keys.Rescheduled, booking, session) : wording.Booked(language, booking, session);
        await dc.Context.SendActivityAsync(text, ct);
        return await dc.EndDialogAsync(null, ct);
    }

    private async Task<DialogTurnResult> FullAsync(DialogContext dc, string? areaId, string sessionId, CancellationToken ct)
    {
        await SayAsync(dc, Keys.Full, null, ct);
        return await OfferAlternativesAsync(dc, areaId, sessionId, ct);
    }

    private async Task<DialogTurnResult> OfferAlternativesAsync(DialogContext dc, string? areaId, string? except, CancellationToken ct)
    {
        dc.ActiveDialog!.State[OfferAreaKey] = areaId;
        dc.ActiveDialog.State[OfferExceptKey] = except;
        var language = Language(dc);
        var alternatives = SessionFinder.Alternatives(await BookableAsync(dc, ct), areaId, except);
        if (alternatives.Count == 0)
        {
            await SayAsync(dc, Keys.AlternativesNone, null, ct);
            return await dc.EndDialogAsync(null, ct);
        }

        var items = alternatives.Select(s => new ListItem(s.Id, catalog.Text(language, Keys.AlternativeLine, new Dictionary<string, string>
        {
            ["date"] = wording.Date(language, s.StartsAt),
            ["time"] = wording.Time(language, s),
            ["place"] = s.Place,
            ["area"] = wording.AreaName(s.AreaId),
            ["seats"] = s.SeatsLeft.ToString(CultureInfo.InvariantCulture),
        }), [])).ToList();
        return await PromptAsync(dc, AlternativePhase, Keys.AlternativesAsk, Keys.AlternativesRetry, items, null, ct);
    }

    /// <summary>"Batal" at the summary: a new booking is dropped (nothing was stored); a booking being moved stays where it was.</summary>
    private async Task<DialogTurnResult> GiveUpAsync(DialogContext dc, CancellationToken ct)
    {
        var request = Request(dc);
        if (request.IsReschedule && await bookings.GetAsync(Code(request), ct) is { IsActive: true } kept && await sessions.GetAsync(kept.SessionId, ct) is { } session)
        {
            await dc.Context.SendActivityAsync(wording.Say(Language(dc), Keys.Kept, kept, session), ct);
        }
        else
        {
            await SayAsync(dc, Keys.Abandoned, null, ct);
        }

        return await dc.EndDialogAsync(null, ct);
    }

    private static ActivationBooking Draft(ITurnContext turn, BookingRequest request, string sessionId) => new()
    {
        Code = BookingCode.New(),
        SessionId = sessionId,
        Nik = Nik.TryParse(request.Nik, turn.Today, out var nik, out _) ? nik : throw new InvalidOperationException("A booking request carries a checked NIK."),
        FullName = request.FullName ?? string.Empty,
        Phone = turn.Conversation.ConversationId,
        Language = turn.Conversation.Language,
        BookedAt = turn.Now,
    };

    private static BookingCode Code(BookingRequest request) =>
        BookingCode.TryParse(request.Code, out var code) ? code : throw new InvalidOperationException($"'{request.Code}' is not a booking code.");
}
