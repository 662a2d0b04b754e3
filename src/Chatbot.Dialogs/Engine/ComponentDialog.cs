namespace Chatbot.Dialogs;

/// <summary>
/// A dialog made of dialogs: its own <see cref="DialogSet"/> and its own stack, kept in the component's instance state,
/// so that a flow can be reused as one step of another flow.
/// </summary>
public class ComponentDialog : Dialog
{
    private const string InnerStateKey = "dialogs";

    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The inner dialog started first; defaults to the first one added.</summary>
    public string? InitialDialogId { get; set; }

    protected DialogSet Dialogs { get; } = new();

    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken ct = default)
    {
        var inner = new DialogState();
        dc.ActiveDialog!.State[InnerStateKey] = inner;
        var innerDc = new DialogContext(Dialogs, dc.Context, inner) { Parent = dc };
        var result = await OnBeginDialogAsync(innerDc, options, ct).ConfigureAwait(false);
        return await EndIfDoneAsync(dc, result, ct).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken ct = default)
    {
        var result = await OnContinueDialogAsync(InnerContext(dc, dc.ActiveDialog!), ct).ConfigureAwait(false);
        return await EndIfDoneAsync(dc, result, ct).ConfigureAwait(false);
    }

    /// <summary>Only reached if a subclass began a dialog on the outer stack; ask the inner one again and wait.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken ct = default)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, ct).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken ct = default) =>
        InnerContext(turnContext, instance, null).RepromptDialogAsync(ct);

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken ct = default)
    {
        // Cancelling the component cancels what runs inside it, so inner dialogs get their end notification.
        if (reason == DialogReason.CancelCalled)
        {
            await InnerContext(turnContext, instance, null).CancelAllDialogsAsync(ct).ConfigureAwait(false);
        }
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken ct) =>
        innerDc.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs."), options, ct);

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken ct) =>
        innerDc.ContinueDialogAsync(ct);

    private Task<DialogTurnResult> EndIfDoneAsync(DialogContext dc, DialogTurnResult inner, CancellationToken ct) =>
        inner.Status == DialogTurnStatus.Waiting ? Task.FromResult(EndOfTurn) : dc.EndDialogAsync(inner.Result, ct);

    private DialogContext InnerContext(DialogContext dc, DialogInstance instance) => InnerContext(dc.Context, instance, dc);

    private DialogContext InnerContext(ITurnContext turnContext, DialogInstance instance, DialogContext? parent)
    {
        if (!instance.State.TryGetValue(InnerStateKey, out var value) || value is not DialogState inner)
        {
            inner = new DialogState();
            instance.State[InnerStateKey] = inner;
        }

        return new DialogContext(Dialogs, turnContext, inner) { Parent = parent };
    }
}
