namespace Chatbot.Dialogs;

/// <summary>Base of every dialog (Bot Builder v4 shape). A dialog is stateless: its per-conversation state lives in its <see cref="DialogInstance"/>.</summary>
public abstract class Dialog
{
    /// <summary>The result a dialog returns when it waits for the citizen's next message.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    protected Dialog(string dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        Id = dialogId;
    }

    public string Id { get; }

    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken ct = default);

    /// <summary>Called with the citizen's next message while this dialog is active. Default: keep waiting.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken ct = default) =>
        Task.FromResult(EndOfTurn);

    /// <summary>Called when a child dialog this dialog started has ended. Default: end with the child's result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken ct = default) =>
        dc.EndDialogAsync(result, ct);

    /// <summary>Ask again (e.g. after the citizen came back from a global command). Default: nothing.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken ct = default) =>
        Task.CompletedTask;

    /// <summary>Called just before the instance leaves the stack (ended, replaced or cancelled). Default: nothing.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken ct = default) =>
        Task.CompletedTask;
}
