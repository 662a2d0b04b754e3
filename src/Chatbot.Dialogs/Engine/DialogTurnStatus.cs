namespace Chatbot.Dialogs;

public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>A dialog waits for the citizen's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended; its result is in the turn result.</summary>
    Complete,

    Cancelled,
}
