namespace Chatbot.Dialogs;

/// <summary>
/// A dialog made of steps run in order, one prompt per turn (Bot Builder's waterfall). Each step's input (the previous
/// step's result) is kept, so that the step that asked the open question can run again to ask it anew (<see cref="IAsksAgain"/>).
/// </summary>
public class WaterfallDialog : Dialog, IAsksAgain
{
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private const string StepIndexKey = "stepIndex";
    private const string StepInputKey = "stepInput";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string id, IEnumerable<WaterfallStep>? steps = null)
        : base(id)
    {
        _steps = steps?.ToList() ?? [];
    }

    public int StepCount => _steps.Count;

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        _steps.Add(step ?? throw new ArgumentNullException(nameof(step)));
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken ct = default)
    {
        var state = Instance(dc).State;
        state[OptionsKey] = options;
        state[ValuesKey] = new Dictionary<string, object?>();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, ct);
    }

    /// <summary>A message arrived while no prompt was active: it becomes the current step's result.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken ct = default) =>
        dc.Context.Activity.Type == Activity.MessageType
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, ct)
            : Task.FromResult(EndOfTurn);

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken ct = default)
    {
        var index = Convert.ToInt32(Instance(dc).State[StepIndexKey], System.Globalization.CultureInfo.InvariantCulture);
        return RunStepAsync(dc, index + 1, reason, result, ct);
    }

    public virtual bool CanAskAgain(DialogInstance instance) => instance.State.ContainsKey(StepInputKey);

    /// <summary>Runs the current step again with the input it had: it asks its question anew (<see cref="DialogReason.AskAgainCalled"/>).</summary>
    public virtual Task<DialogTurnResult> AskAgainAsync(DialogContext dc, CancellationToken ct = default)
    {
        var state = Instance(dc).State;
        var index = Convert.ToInt32(state[StepIndexKey], System.Globalization.CultureInfo.InvariantCulture);
        return RunStepAsync(dc, index, DialogReason.AskAgainCalled, state.ValueOrNull(StepInputKey), ct);
    }

    /// <summary>Runs one step; override to log or time steps.</summary>
    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext step, CancellationToken ct) =>
        _steps[step.Index](step, ct);

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken ct)
    {
        if (index >= _steps.Count)
        {
            // Past the last step: the waterfall ends with the last result, as in Bot Builder.
            return await dc.EndDialogAsync(result, ct).ConfigureAwait(false);
        }

        var state = Instance(dc).State;
        state[StepIndexKey] = index;
        state[StepInputKey] = result;
        var values = state.TryGetValue(ValuesKey, out var v) && v is IDictionary<string, object?> d ? d : new Dictionary<string, object?>();
        state[ValuesKey] = values;
        var step = new WaterfallStepContext(this, dc, state.ValueOrNull(OptionsKey), values, index, reason, result);
        return await OnStepAsync(step, ct).ConfigureAwait(false);
    }

    private DialogInstance Instance(DialogContext dc) =>
        dc.ActiveDialog is { } active && active.Id == Id
            ? active
            : throw new InvalidOperationException($"Waterfall '{Id}' is not the active dialog.");
}
