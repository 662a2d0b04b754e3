using Chatbot.Core.Identity;

namespace Chatbot.Core.Activation;

/// <summary>
/// One citizen's seat at one session: booked by themselves on WhatsApp, or claimed with an institution's invitation
/// code. One active booking per NIK. Stored with the full NIK (the officer checks it against the e-KTP); lists and logs
/// show <see cref="Nik.Masked"/>.
/// </summary>
public sealed record ActivationBooking
{
    public required BookingCode Code { get; init; }

    public required string SessionId { get; init; }

    public required Nik Nik { get; init; }

    public required string FullName { get; init; }

    /// <summary>The WhatsApp number (E.164) that booked: where reminders and changes are sent.</summary>
    public required string Phone { get; init; }

    /// <summary>The citizen's language at booking time, for reminders.</summary>
    public string Language { get; init; } = "id";

    /// <summary>The group booking (<see cref="GroupBooking.Code"/>) this seat was claimed from; null for a citizen's own booking.</summary>
    public InvitationCode? Group { get; init; }

    public BookingStatus Status { get; init; } = BookingStatus.Booked;

    /// <summary>Set when <see cref="Status"/> is <see cref="BookingStatus.Failed"/>.</summary>
    public ActivationFailure? Failure { get; init; }

    /// <summary>The officer's words on a failure or a cancellation (free text, encoded when shown).</summary>
    public string? Note { get; init; }

    public required DateTimeOffset BookedAt { get; init; }

    /// <summary>When the officer last recorded the outcome (activated, failed, no-show), or when it was cancelled.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Who recorded the outcome: an officer's user name, "citizen", or "system".</summary>
    public string? ClosedBy { get; init; }

    public bool IsActive => Status == BookingStatus.Booked;
}
