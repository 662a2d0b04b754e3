namespace Chatbot.Core.Activation;

/// <summary>
/// A coordinator's collective booking: <see cref="Seats"/> seats of one session held for the people of one unit, who
/// each claim one by sending <see cref="Code"/> on WhatsApp. The held seats count as taken in the session from the
/// start; a claim turns one into a citizen's booking, and a cancelled claim gives the seat back to the group.
/// </summary>
public sealed record GroupBooking
{
    public required InvitationCode Code { get; init; }

    public required string SessionId { get; init; }

    /// <summary><see cref="Institution.Id"/>.</summary>
    public required string InstitutionId { get; init; }

    /// <summary>The work unit: "Bagian Tenun 2", "Bidang Umum".</summary>
    public required string Unit { get; init; }

    /// <summary>Who booked (a console user name of a coordinator, or of a supervisor booking on their behalf).</summary>
    public required string Coordinator { get; init; }

    public required int Seats { get; init; }

    /// <summary>Seats claimed by an active booking (kept by the store).</summary>
    public int Claimed { get; init; }

    /// <summary>Expected people, optional: claims are matched to it by NIK.</summary>
    public IReadOnlyList<RosterMember> Roster { get; init; } = [];

    public bool Cancelled { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
