namespace Chatbot.Core.Activation;

/// <summary>Stored by name. Whether a session is past is a matter of its time, not of its status.</summary>
public enum SessionStatus
{
    Open,

    /// <summary>Called off: its bookings were cancelled and their holders offered another session.</summary>
    Cancelled,
}
