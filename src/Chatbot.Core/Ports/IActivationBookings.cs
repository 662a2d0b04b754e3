using Chatbot.Core.Activation;
using Chatbot.Core.Identity;

namespace Chatbot.Core.Ports;

/// <summary>
/// Seats at activation sessions. Every operation that takes or gives back a seat is one atomic step, so that a session
/// is never overbooked however many citizens book at once, and one NIK never holds two active bookings. A booking's
/// reminders are stored with it in the same step.
/// </summary>
public interface IActivationBookings
{
    /// <summary>
    /// Books a seat at <see cref="ActivationBooking.SessionId"/> of <paramref name="draft"/> for its NIK: refused when the
    /// session is full, unavailable (cancelled, started, unknown) or reserved for an institution, or when the NIK holds
    /// an active booking already (returned, with its session).
    /// </summary>
    Task<BookingResult> BookAsync(ActivationBooking draft, IReadOnlyList<ScheduledReminder> reminders, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims one seat of the group booking <paramref name="invitation"/>: the booking is made at the group's session
    /// with <see cref="ActivationBooking.Group"/> set (the draft's SessionId is ignored). Refused when the code is
    /// unknown or cancelled, every seat of the group is claimed (<see cref="BookingOutcome.SessionFull"/>), the session is
    /// unavailable, or the NIK holds an active booking already.
    /// </summary>
    Task<BookingResult> ClaimAsync(InvitationCode invitation, ActivationBooking draft, IReadOnlyList<ScheduledReminder> reminders, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves an active booking to another session in one step: the new seat is taken and the old one given back, or
    /// nothing changes (new session full, unavailable or reserved). Keeps the booking code. A claimed seat leaves its group.
    /// </summary>
    Task<BookingResult> RescheduleAsync(BookingCode code, string newSessionId, IReadOnlyList<ScheduledReminder> reminders, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Cancels an active booking: the seat goes back to its session (or its group), its reminders are dropped.</summary>
    Task<BookingResult> CancelAsync(BookingCode code, string by, string? note, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the officer's outcome at the session (activated, failed with a reason, no-show) and counts it in the
    /// progress of the session's area for <see cref="CheckIn.Day"/>. A recorded outcome may be corrected (the counts move
    /// with it); a cancelled booking cannot be checked in (<see cref="BookingOutcome.IllegalChange"/>).
    /// </summary>
    Task<BookingResult> RecordOutcomeAsync(BookingCode code, CheckIn checkIn, CancellationToken cancellationToken = default);

    Task<ActivationBooking?> GetAsync(BookingCode code, CancellationToken cancellationToken = default);

    /// <summary>The NIK's active booking, if any.</summary>
    Task<ActivationBooking?> FindActiveAsync(Nik nik, CancellationToken cancellationToken = default);

    /// <summary>Bookings made from this WhatsApp number, newest first (active and closed ones still kept).</summary>
    Task<IReadOnlyList<ActivationBooking>> ListForPhoneAsync(string phone, CancellationToken cancellationToken = default);

    /// <summary>Every booking of the session (any status), in booking order.</summary>
    Task<IReadOnlyList<ActivationBooking>> ListForSessionAsync(string sessionId, CancellationToken cancellationToken = default);
}
