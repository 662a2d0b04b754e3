namespace Chatbot.Dialogs;

/// <summary>Why a dialog is being resumed or ended (Bot Builder's names).</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,

    /// <summary>The step runs again to ask its question anew (<see cref="IAsksAgain"/>).</summary>
    AskAgainCalled,
}
