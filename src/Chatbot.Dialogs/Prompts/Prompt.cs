using System.Globalization;

namespace Chatbot.Dialogs.Prompts;

/// <summary>
/// Base of prompts (Bot Builder v4 shape): asks, recognises the answer, runs the validator, and either ends with the
/// value or asks again with the text for the reason of the refusal.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = "options";
    private const string StateKey = "state";
    private const string AttemptCountKey = "AttemptCount";
    private const string ErrorCodeKey = "errorCode";
    private const string ErrorArgsKey = "errorArgs";

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken ct = default)
    {
        var promptOptions = options as PromptOptions
            ?? throw new ArgumentException($"Prompt '{Id}' needs {nameof(PromptOptions)}.", nameof(options));
        ValidateOptions(promptOptions);
        var instance = dc.ActiveDialog!;
        var state = new Dictionary<string, object?> { [AttemptCountKey] = 0 };
        instance.State[OptionsKey] = promptOptions;
        instance.State[StateKey] = state;
        await OnPromptAsync(dc.Context, state, promptOptions, false, ct).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken ct = default)
    {
        if (dc.Context.Activity.Type != Activity.MessageType) return EndOfTurn;
        var (state, options) = Read(dc.ActiveDialog!);
        if (!TakesMedia && dc.Context.Activity.Attachments.Count > 0 && string.IsNullOrWhiteSpace(dc.Context.Activity.Text)
            && options.RetryPrompts?.ContainsKey(PromptErrors.MediaUnexpected) == true)
        {
            // A photo where words are asked for: said as such, not as "that is not a valid name".
            state[ErrorCodeKey] = PromptErrors.MediaUnexpected;
            state[ErrorArgsKey] = null;
            await OnPromptAsync(dc.Context, state, options, true, ct).ConfigureAwait(false);
            return EndOfTurn;
        }

        var recognized = await OnRecognizeAsync(dc.Context, state, options, ct).ConfigureAwait(false);
        var attempts = Convert.ToInt32(state.ValueOrNull(AttemptCountKey) ?? 0, CultureInfo.InvariantCulture) + 1;
        state[AttemptCountKey] = attempts;

        var responsesBefore = dc.Context.Responses.Count;
        var valid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, state, options, attempts), ct).ConfigureAwait(false);
        if (valid) return await dc.EndDialogAsync(recognized.Value, ct).ConfigureAwait(false);

        // A validator that answered on its own (as in Bot Builder) replaces the retry text.
        if (dc.Context.Responses.Count == responsesBefore)
        {
            state[ErrorCodeKey] = recognized.ErrorCode;
            state[ErrorArgsKey] = recognized.ErrorArgs;
            await OnPromptAsync(dc.Context, state, options, true, ct).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <summary>Back on top after a child dialog (e.g. a global command): ask again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken ct = default)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, ct).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken ct = default)
    {
        var (state, options) = Read(instance);
        return OnPromptAsync(turnContext, state, options, false, ct);
    }

    /// <summary>Sends the prompt, or on a retry the text for the last refusal reason.</summary>
    protected virtual async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken ct)
    {
        var activity = isRetry
            ? options.ResolveRetry(state.ValueOrNull(ErrorCodeKey) as string, state.ValueOrNull(ErrorArgsKey) as IReadOnlyDictionary<string, string>)
            : options.Prompt;
        if (activity is null) return;
        await turnContext.SendActivityAsync(Decorate(activity.Clone(), options), ct).ConfigureAwait(false);
    }

    /// <summary>True for a prompt whose answer is a file; any other prompt may say that it wants words instead.</summary>
    protected virtual bool TakesMedia => false;

    /// <summary>Adds prompt-specific content (the choice list) to the text about to be sent; a copy, safe to change.</summary>
    protected virtual Activity Decorate(Activity activity, PromptOptions options) => activity;

    protected virtual void ValidateOptions(PromptOptions options)
    {
    }

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken ct);

    private static (IDictionary<string, object?> State, PromptOptions Options) Read(DialogInstance instance)
    {
        var state = instance.State.ValueOrNull(StateKey) as IDictionary<string, object?> ?? new Dictionary<string, object?>();
        instance.State[StateKey] = state;
        var options = instance.State.ValueOrNull(OptionsKey) as PromptOptions ?? new PromptOptions();
        return (state, options);
    }
}
