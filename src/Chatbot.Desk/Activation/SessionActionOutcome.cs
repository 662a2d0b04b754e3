namespace Chatbot.Desk.Activation;

public enum SessionActionOutcome
{
    Done,

    /// <summary>The draft is not acceptable (unknown area or institution, end before start, in the past, no officer…).</summary>
    Invalid,

    NotFound,

    /// <summary>The session was cancelled already.</summary>
    Cancelled,

    /// <summary>The new capacity is below the seats already taken.</summary>
    CapacityBelowTaken,
}
