namespace Chatbot.Dialogs;

/// <summary>One entry of the dialog stack: which dialog, and its persisted state (serialised between turns).</summary>
public sealed class DialogInstance
{
    public DialogInstance()
    {
    }

    public DialogInstance(string id) => Id = id;

    public string Id { get; set; } = string.Empty;

    public IDictionary<string, object?> State { get; set; } = new Dictionary<string, object?>();
}
