using Chatbot.Core.Activation;

namespace Chatbot.Core.Ports;

/// <summary>IKD activation sessions and their seats. Seats are only ever taken or given back by the booking operations.</summary>
public interface IActivationSessions
{
    /// <summary>Stores a new session with no seat taken.</summary>
    Task CreateAsync(ActivationSession session, CancellationToken cancellationToken = default);

    /// <summary>The session with its seats taken now; null when unknown.</summary>
    Task<ActivationSession?> GetAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Sessions starting in [from, to), any status, ordered by start time.</summary>
    Task<IReadOnlyList<ActivationSession>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a changed session (place, time, officers, people per officer, reservation). Atomically refused when the
    /// new capacity is below the seats taken (<see cref="SessionChangeOutcome.CapacityBelowTaken"/>) or the session was
    /// cancelled. <see cref="ActivationSession.Taken"/>, status and creation fields of <paramref name="changed"/> are ignored.
    /// </summary>
    Task<(SessionChangeOutcome Outcome, ActivationSession? Session)> UpdateAsync(ActivationSession changed, CancellationToken cancellationToken = default);

    /// <summary>
    /// Cancels the session and, in the same atomic step, every active booking at it (status Cancelled, note
    /// <paramref name="note"/>, their reminders dropped) and every group booking for it. Returns the bookings that were
    /// active, so that each holder can be told and offered another session.
    /// </summary>
    Task<(SessionChangeOutcome Outcome, IReadOnlyList<ActivationBooking> CancelledBookings)> CancelAsync(string sessionId, string by, string note, DateTimeOffset now, CancellationToken cancellationToken = default);
}
