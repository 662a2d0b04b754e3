using Chatbot.Core.Activation;

namespace Chatbot.Core.Ports;

/// <summary>Coordinators' collective bookings: seats of one session held for one unit, claimed with an invitation code.</summary>
public interface IGroupBookings
{
    /// <summary>
    /// Holds <see cref="GroupBooking.Seats"/> seats of the session in one atomic step: refused when fewer are left, the
    /// session is unavailable, or it is reserved for another institution than <see cref="GroupBooking.InstitutionId"/>.
    /// </summary>
    Task<(GroupBookingOutcome Outcome, ActivationSession? Session)> CreateAsync(GroupBooking group, CancellationToken cancellationToken = default);

    /// <summary>The group with its seats claimed now; null when unknown.</summary>
    Task<GroupBooking?> GetAsync(InvitationCode code, CancellationToken cancellationToken = default);

    /// <summary>Group bookings of one institution, or of all when null; newest first.</summary>
    Task<IReadOnlyList<GroupBooking>> ListAsync(string? institutionId, CancellationToken cancellationToken = default);

    /// <summary>Bookings claimed from the group (any status), in claim order.</summary>
    Task<IReadOnlyList<ActivationBooking>> ClaimsAsync(InvitationCode code, CancellationToken cancellationToken = default);

    /// <summary>
    /// Cancels the group: its unclaimed seats go back to the session, no new claims are accepted; bookings already
    /// claimed stay (their holders were told their seat and keep it).
    /// </summary>
    Task<GroupBookingOutcome> CancelAsync(InvitationCode code, CancellationToken cancellationToken = default);
}
