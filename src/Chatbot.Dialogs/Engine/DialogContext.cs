namespace Chatbot.Dialogs;

/// <summary>
/// Runs dialogs on a stack for one turn (Bot Builder v4 semantics): begin pushes, end pops and resumes the parent with
/// the result, replace swaps the top, cancel empties the stack.
/// </summary>
public class DialogContext
{
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        ArgumentNullException.ThrowIfNull(state);
        Stack = state.DialogStack;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    /// <summary>The stack, shared with the <see cref="DialogState"/> it came from; index 0 is the active dialog.</summary>
    public List<DialogInstance> Stack { get; }

    /// <summary>The context of the component dialog that owns this one, if any; dialog lookups fall back to it.</summary>
    public DialogContext? Parent { get; init; }

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>Looks in this context's set, then in the parents' sets.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        var dialog = FindDialog(dialogId) ?? throw new InvalidOperationException($"Dialog '{dialogId}' was not found.");
        Stack.Insert(0, new DialogInstance(dialogId));
        return await dialog.BeginDialogAsync(this, options, ct).ConfigureAwait(false);
    }

    /// <summary>Same as <see cref="BeginDialogAsync"/>; named so that the intent reads well in waterfall steps.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, Prompts.PromptOptions options, CancellationToken ct = default) =>
        BeginDialogAsync(dialogId, options ?? throw new ArgumentNullException(nameof(options)), ct);

    /// <summary>Passes the citizen's message to the active dialog; Empty when nothing is active.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken ct = default)
    {
        if (ActiveDialog is not { } instance) return new DialogTurnResult(DialogTurnStatus.Empty);
        var dialog = FindDialog(instance.Id) ?? throw new InvalidOperationException($"Active dialog '{instance.Id}' was not found (state from another version?).");
        return await dialog.ContinueDialogAsync(this, ct).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog and resumes its parent with <paramref name="result"/>; Complete when the stack is empty.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken ct = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, ct).ConfigureAwait(false);
        if (ActiveDialog is { } parent)
        {
            var dialog = FindDialog(parent.Id) ?? throw new InvalidOperationException($"Dialog '{parent.Id}' was not found.");
            return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, ct).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken ct = default)
    {
        if (Stack.Count == 0) return new DialogTurnResult(DialogTurnStatus.Empty);
        while (Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, ct).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Ends the active dialog without resuming its parent and starts another in its place (loops, restarts).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken ct = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, ct).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, ct).ConfigureAwait(false);
    }

    public async Task RepromptDialogAsync(CancellationToken ct = default)
    {
        if (ActiveDialog is not { } instance) return;
        var dialog = FindDialog(instance.Id) ?? throw new InvalidOperationException($"Dialog '{instance.Id}' was not found.");
        await dialog.RepromptDialogAsync(Context, instance, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Asks the open question again from scratch: the dialog that owns the prompt on top builds it anew if it is an
    /// <see cref="IAsksAgain"/> (in the citizen's current language, with fresh lists); otherwise the same text is repeated.
    /// </summary>
    public async Task AskAgainAsync(CancellationToken ct = default)
    {
        if (Stack.Count >= 2 && FindDialog(Stack[1].Id) is IAsksAgain owner && owner.CanAskAgain(Stack[1]))
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, ct).ConfigureAwait(false);
            await owner.AskAgainAsync(this, ct).ConfigureAwait(false);
        }
        else
        {
            await RepromptDialogAsync(ct).ConfigureAwait(false);
        }
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken ct)
    {
        if (ActiveDialog is not { } instance) return;
        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, instance, reason, ct).ConfigureAwait(false);
        }

        Stack.RemoveAt(0);
    }
}
