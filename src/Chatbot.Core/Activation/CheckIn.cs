namespace Chatbot.Core.Activation;

/// <summary>
/// What the officer records at the session for one booking: activated, failed (with the reason) or no-show.
/// <see cref="Day"/> is the office's local date of <see cref="At"/>: the day the progress counts it for.
/// </summary>
public sealed record CheckIn(BookingStatus Status, ActivationFailure? Failure, string? Note, string By, DateTimeOffset At, DateOnly Day)
{
    /// <summary>
    /// Record only while nothing is recorded yet (the booking is still Booked), else refuse with
    /// <see cref="BookingOutcome.IllegalChange"/>: the sweep that marks the unattended as no-shows must never overwrite
    /// an officer's outcome recorded a moment before.
    /// </summary>
    public bool OnlyIfUnrecorded { get; init; }

    /// <summary>Only the three outcomes of a session; a failure needs its reason.</summary>
    public bool IsValid => Status switch
    {
        BookingStatus.Activated or BookingStatus.NoShow => Failure is null,
        BookingStatus.Failed => Failure is not null,
        _ => false,
    };
}
