using Chatbot.Core.Activation;
using Chatbot.Core.Ports;
using Chatbot.Dialogs.Bot;
using Chatbot.Dialogs.Bot.Activation;
using Chatbot.Dialogs.Catalog;
using Microsoft.Extensions.Logging;

namespace Chatbot.Desk.Activation;

/// <summary>
/// What the console and the REST API call to manage IKD activation sessions: create, edit (the booked citizens are told
/// the new time or place, their reminders move), cancel (each booked citizen is told and offered another session), and
/// remind everyone booked now. Citizens are told through a bot-initiated turn, as free text inside WhatsApp's 24-hour
/// window and as the approved template outside it.
/// </summary>
public sealed class ActivationDesk(
    IActivationSessions sessions,
    IActivationBookings bookings,
    IActivationReminders reminders,
    SessionDraftCheck check,
    CitizenNotifier notifier,
    ActivationWording wording,
    ReminderSchedule schedule,
    TimeProvider clock,
    ILogger<ActivationDesk> logger)
{
    /// <summary>How long a claimed reminder stays hidden from other instances; an instance that dies leaves it to come back.</summary>
    public static readonly TimeSpan ReminderLease = TimeSpan.FromMinutes(2);

    private const int ReminderBatch = 100;

    /// <summary>
    /// What is wrong with <paramref name="draft"/> by <see cref="SessionDraftCheck"/>'s rules, in <paramref name="language"/>
    /// (null: the office's), without saving anything: for a form that also has fields it could not read.
    /// </summary>
    public async Task<IReadOnlyList<SessionProblem>> CheckAsync(SessionDraft draft, string? language = null, CancellationToken ct = default) =>
        (await check.CheckAsync(draft, clock.GetUtcNow(), language, ct)).Problems;

    /// <summary>A new session; a draft that breaks a rule is refused (Invalid) with its <see cref="SessionActionResult.Problems"/> in <paramref name="language"/>.</summary>
    public async Task<SessionActionResult> CreateSessionAsync(SessionDraft draft, string by, string? language = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var now = clock.GetUtcNow();
        var (fields, problems) = await check.CheckAsync(draft, now, language, ct);
        if (fields is null) return SessionActionResult.Invalid(null, problems);
        var session = fields with { Id = ActivationSession.NewId(), CreatedBy = by, CreatedAt = now };
        await sessions.CreateAsync(session, ct);
        logger.LogInformation("{By} created IKD session {Session} in {Area} at {Start} with {Capacity} seats.", by, session.Id, session.AreaId, session.StartsAt, session.Capacity);
        return new SessionActionResult(SessionActionOutcome.Done, session, string.Empty);
    }

    /// <summary>The session as <paramref name="draft"/> says (refused as <see cref="CreateSessionAsync"/>); the booked citizens are told a new time or place.</summary>
    public async Task<SessionActionResult> EditSessionAsync(string sessionId, SessionDraft draft, string by, string? language = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var now = clock.GetUtcNow();
        var current = await sessions.GetAsync(sessionId, ct);
        if (current is null) return SessionActionResult.Refused(SessionActionOutcome.NotFound, null, $"No session {sessionId}.");
        if (current.Status == SessionStatus.Cancelled) return SessionActionResult.Refused(SessionActionOutcome.Cancelled, current, $"Session {sessionId} was cancelled.");
        var (fields, problems) = await check.CheckAsync(draft, now, language, ct);
        if (fields is null) return SessionActionResult.Invalid(current, problems);

        var changed = fields with { Id = current.Id, CreatedBy = current.CreatedBy, CreatedAt = current.CreatedAt, UpdatedAt = now };
        var (outcome, saved) = await sessions.UpdateAsync(changed, ct);
        switch (outcome)
        {
            case SessionChangeOutcome.NotFound:
                return SessionActionResult.Refused(SessionActionOutcome.NotFound, null, $"No session {sessionId}.");
            case SessionChangeOutcome.Cancelled:
                return SessionActionResult.Refused(SessionActionOutcome.Cancelled, saved ?? current, $"Session {sessionId} was cancelled.");
            case SessionChangeOutcome.CapacityBelowTaken:
                return SessionActionResult.Refused(SessionActionOutcome.CapacityBelowTaken, saved ?? current, $"{changed.Capacity} seats is below the {current.Taken} already taken: add officers or people per officer.");
        }

        saved ??= changed;
        logger.LogInformation("{By} changed IKD session {Session}.", by, sessionId);
        var timeMoved = saved.StartsAt != current.StartsAt || saved.EndsAt != current.EndsAt;
        if (!timeMoved && saved.Place == current.Place) return new SessionActionResult(SessionActionOutcome.Done, saved, string.Empty);

        var notified = 0;
        foreach (var booking in await ActiveBookingsAsync(sessionId, ct))
        {
            if (timeMoved) await reminders.RescheduleAsync(booking.Code, schedule.For(saved.StartsAt, now), ct);
            if (await TellAsync(TemplateEvents.IkdSessionChanged, booking, saved, ct)) notified++;
        }

        return new SessionActionResult(SessionActionOutcome.Done, saved, string.Empty, notified);
    }

    public async Task<SessionActionResult> CancelSessionAsync(string sessionId, string reason, string by, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (string.IsNullOrWhiteSpace(reason)) return SessionActionResult.Refused(SessionActionOutcome.Invalid, null, "Say why the session is cancelled (kept on every cancelled booking).");
        var (outcome, cancelled) = await sessions.CancelAsync(sessionId, by, reason.Trim(), clock.GetUtcNow(), ct);
        var session = await sessions.GetAsync(sessionId, ct);
        switch (outcome)
        {
            case SessionChangeOutcome.NotFound:
                return SessionActionResult.Refused(SessionActionOutcome.NotFound, null, $"No session {sessionId}.");
            case SessionChangeOutcome.Cancelled:
                return SessionActionResult.Refused(SessionActionOutcome.Cancelled, session, $"Session {sessionId} was cancelled already.");
        }

        logger.LogInformation("{By} cancelled IKD session {Session}: {Count} bookings cancelled.", by, sessionId, cancelled.Count);
        var notified = 0;
        foreach (var booking in cancelled)
        {
            if (session is not null && await TellAsync(TemplateEvents.IkdSessionCancelled, booking, session, ct)) notified++;
        }

        return new SessionActionResult(SessionActionOutcome.Done, session, string.Empty, notified);
    }

    /// <summary>Reminds everyone booked at the session now: the "today" reminder on the session's day, the dated one before it.</summary>
    public async Task<SessionActionResult> RemindNowAsync(string sessionId, string by, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var session = await sessions.GetAsync(sessionId, ct);
        if (session is null) return SessionActionResult.Refused(SessionActionOutcome.NotFound, null, $"No session {sessionId}.");
        if (session.Status == SessionStatus.Cancelled) return SessionActionResult.Refused(SessionActionOutcome.Cancelled, session, $"Session {sessionId} was cancelled.");
        var now = clock.GetUtcNow();
        if (session.EndsAt <= now) return SessionActionResult.Refused(SessionActionOutcome.Invalid, session, $"Session {sessionId} is over: there is nothing to remind of.");

        // "Today" only on the session's own day; any earlier day the reminder names the date.
        var reminder = wording.LocalDate(session.StartsAt) == wording.LocalDate(now) ? TemplateEvents.IkdReminderHoursBefore : TemplateEvents.IkdReminderDayBefore;
        var notified = 0;
        foreach (var booking in await ActiveBookingsAsync(sessionId, ct))
        {
            if (await TellAsync(reminder, booking, session, ct)) notified++;
        }

        logger.LogInformation("{By} reminded the {Count} citizens booked at IKD session {Session}.", by, notified, sessionId);
        return new SessionActionResult(SessionActionOutcome.Done, session, string.Empty, notified);
    }

    /// <summary>
    /// Sends the reminders that are due (called by the reminder worker on every instance); returns how many were sent.
    /// A reminder whose booking is no longer active, or whose session was called off or is over, is completed unsent;
    /// one that fails stays claimed and comes back after <see cref="ReminderLease"/>.
    /// </summary>
    public async Task<int> SendDueRemindersAsync(CancellationToken ct = default)
    {
        var sent = 0;
        while (true)
        {
            var now = clock.GetUtcNow();
            var due = await reminders.ClaimDueAsync(now, ReminderLease, ReminderBatch, ct);
            foreach (var reminder in due)
            {
                try
                {
                    if (await bookings.GetAsync(reminder.Code, ct) is { IsActive: true } booking
                        && await sessions.GetAsync(booking.SessionId, ct) is { Status: SessionStatus.Open } session
                        && session.EndsAt > now)
                    {
                        var eventName = reminder.Kind == ReminderKind.DayBefore ? TemplateEvents.IkdReminderDayBefore : TemplateEvents.IkdReminderHoursBefore;
                        await notifier.NotifyAsync(BookingEvents.For(eventName, booking, session, wording), ct);
                        sent++;
                    }

                    await reminders.CompleteAsync(reminder, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Reminder {Kind} of booking {Code} failed; it comes back after the lease.", reminder.Kind, reminder.Code);
                }
            }

            if (due.Count < ReminderBatch) return sent;
        }
    }

    /// <summary>The office's local date of an instant (for <see cref="CheckIn.Day"/>).</summary>
    public DateOnly OfficeDate(DateTimeOffset at) => wording.LocalDate(at);

    private async Task<IEnumerable<ActivationBooking>> ActiveBookingsAsync(string sessionId, CancellationToken ct) =>
        (await bookings.ListForSessionAsync(sessionId, ct)).Where(b => b.IsActive);

    /// <summary>Tells one citizen; a failure is logged and counted out, so that one bad conversation does not stop the others.</summary>
    private async Task<bool> TellAsync(string eventName, ActivationBooking booking, ActivationSession session, CancellationToken ct)
    {
        try
        {
            await notifier.NotifyAsync(BookingEvents.For(eventName, booking, session, wording), ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Booking {Code} could not be told '{Event}'.", booking.Code, eventName);
            return false;
        }
    }
}
