namespace Chatbot.Dialogs;

/// <summary>The dialogs a bot (or a component) knows, by id. Built once at start, shared by all turns.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        // A silent rename (as Bot Builder does) would let persisted state point at the wrong dialog; refuse instead.
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        }

        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    public IEnumerable<Dialog> All => _dialogs.Values;

    public DialogContext CreateContext(ITurnContext turnContext, DialogState state) => new(this, turnContext, state);
}
