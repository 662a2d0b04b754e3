namespace Chatbot.Core.Activation;

/// <summary>Where one seat stands. Stored by name.</summary>
public enum BookingStatus
{
    /// <summary>Holds a seat; the citizen is expected at the session.</summary>
    Booked,

    /// <summary>Checked in and the IKD is activated.</summary>
    Activated,

    /// <summary>Checked in, but activation did not succeed (see <see cref="ActivationFailure"/>).</summary>
    Failed,

    /// <summary>Did not come.</summary>
    NoShow,

    /// <summary>Cancelled by the citizen, or because the session was cancelled; the seat went back.</summary>
    Cancelled,
}
