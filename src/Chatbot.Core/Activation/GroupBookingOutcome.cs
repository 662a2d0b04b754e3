namespace Chatbot.Core.Activation;

/// <summary>What a coordinator's collective booking did.</summary>
public enum GroupBookingOutcome
{
    /// <summary>The seats are held and the invitation code is valid.</summary>
    Done,

    /// <summary>Fewer seats left than asked for; nothing was written.</summary>
    SessionFull,

    /// <summary>The session was cancelled, has started, or does not exist.</summary>
    SessionUnavailable,

    /// <summary>The session is reserved for another institution.</summary>
    ReservedForOther,

    NotFound,
}
