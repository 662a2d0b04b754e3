namespace Chatbot.Core.Activation;

/// <summary>
/// What the officer records at the session for one booking: activated, failed (with the reason) or no-show.
/// <see cref="Day"/> is the office's local date of <see cref="At"/>: the day the progress counts it for.
/// </summary>
public sealed record CheckIn(BookingStatus Status, ActivationFailure? Failure, string? Note, string By, DateTimeOffset At, DateOnly Day)
{
    /// <summary>Only the three outcomes of a session; a failure needs its reason.</summary>
    public bool IsValid => Status switch
    {
        BookingStatus.Activated or BookingStatus.NoShow => Failure is null,
        BookingStatus.Failed => Failure is not null,
        _ => false,
    };
}
