namespace Chatbot.Dialogs;

/// <summary>The context a waterfall step runs in: the dialog context plus the step's index, the previous step's result and the persisted values.</summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _parent;
    private bool _nextCalled;

    internal WaterfallStepContext(
        WaterfallDialog parent,
        DialogContext dc,
        object? options,
        IDictionary<string, object?> values,
        int index,
        DialogReason reason,
        object? result)
        : base(dc.Dialogs, dc.Context, new DialogState(dc.Stack))
    {
        _parent = parent;
        Parent = dc.Parent;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public int Index { get; }

    /// <summary>The options the waterfall was begun with.</summary>
    public object? Options { get; }

    public DialogReason Reason { get; }

    /// <summary>The previous step's result: what the prompt recognised, a child dialog's result, or the value given to NextAsync.</summary>
    public object? Result { get; }

    /// <summary>Values kept across the steps and turns of this waterfall (saved with the dialog state).</summary>
    public IDictionary<string, object?> Values { get; }

    /// <summary>Skips to the next step now, with <paramref name="result"/> as its Result.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken ct = default)
    {
        if (_nextCalled) throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_parent.Id}'.");
        _nextCalled = true;
        return _parent.ResumeDialogAsync(this, DialogReason.NextCalled, result, ct);
    }
}
