namespace Chatbot.Core.Activation;

/// <summary>What a change of a session did.</summary>
public enum SessionChangeOutcome
{
    Done,

    NotFound,

    /// <summary>The session was cancelled already.</summary>
    Cancelled,

    /// <summary>The new capacity (officers × people per officer) is below the seats already taken; nothing was written.</summary>
    CapacityBelowTaken,
}
