namespace Chatbot.Core.Activation;

/// <summary>
/// The answer of a booking operation: the outcome, the booking as it now stands (or the NIK's existing booking for
/// <see cref="BookingOutcome.AlreadyBooked"/>), and the session it is (or would have been) at, with its seats taken.
/// </summary>
public sealed record BookingResult(BookingOutcome Outcome, ActivationBooking? Booking, ActivationSession? Session)
{
    public bool Succeeded => Outcome == BookingOutcome.Done;
}
