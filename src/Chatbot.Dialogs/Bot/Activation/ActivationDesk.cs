using Chatbot.Core.Activation;

namespace Chatbot.Dialogs.Bot.Activation;

/// <summary>
/// What the console and the REST API call to manage IKD activation sessions: create, edit (the booked citizens are told
/// the new time or place, their reminders move), cancel (each booked citizen is told and offered another session), and
/// remind everyone booked now. Citizens are told through a bot-initiated turn, as free text inside WhatsApp's 24-hour
/// window and as the approved template outside it.
/// </summary>
public sealed class ActivationDesk
{
    public Task<SessionActionResult> CreateSessionAsync(SessionDraft draft, string by, CancellationToken ct = default) =>
        throw new NotImplementedException("contract only: implemented by the dialogs work on issue 5");

    public Task<SessionActionResult> EditSessionAsync(string sessionId, SessionDraft draft, string by, CancellationToken ct = default) =>
        throw new NotImplementedException("contract only: implemented by the dialogs work on issue 5");

    public Task<SessionActionResult> CancelSessionAsync(string sessionId, string reason, string by, CancellationToken ct = default) =>
        throw new NotImplementedException("contract only: implemented by the dialogs work on issue 5");

    /// <summary>Sends the "two hours before" reminder to everyone booked at the session now (e.g. the morning of the session).</summary>
    public Task<SessionActionResult> RemindNowAsync(string sessionId, string by, CancellationToken ct = default) =>
        throw new NotImplementedException("contract only: implemented by the dialogs work on issue 5");

    /// <summary>Sends the reminders that are due (called by the reminder worker on every instance); returns how many were sent.</summary>
    public Task<int> SendDueRemindersAsync(CancellationToken ct = default) =>
        throw new NotImplementedException("contract only: implemented by the dialogs work on issue 5");

    /// <summary>The office's local date of an instant (for <see cref="CheckIn.Day"/>).</summary>
    public DateOnly OfficeDate(DateTimeOffset at) =>
        throw new NotImplementedException("contract only: implemented by the dialogs work on issue 5");
}
