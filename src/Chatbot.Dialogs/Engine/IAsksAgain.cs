namespace Chatbot.Dialogs;

/// <summary>
/// A dialog that can ask its open question again from scratch, built anew (in the language the citizen just switched
/// to), keeping the answers given so far. See <see cref="DialogContext.AskAgainAsync"/>.
/// </summary>
public interface IAsksAgain
{
    /// <summary>Whether this instance knows how to ask again (state saved by an older version may not).</summary>
    bool CanAskAgain(DialogInstance instance) => true;

    /// <summary>Asks the question again. The instance is the active dialog: the prompt that asked before is gone.</summary>
    Task<DialogTurnResult> AskAgainAsync(DialogContext dc, CancellationToken ct = default);
}
