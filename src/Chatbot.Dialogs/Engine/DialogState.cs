namespace Chatbot.Dialogs;

/// <summary>The persisted dialog stack; index 0 is the active dialog (as in Bot Builder).</summary>
public sealed class DialogState
{
    public DialogState()
    {
    }

    public DialogState(List<DialogInstance> stack) => DialogStack = stack;

    public List<DialogInstance> DialogStack { get; set; } = [];
}
