namespace Chatbot.Dialogs.Prompts;

/// <summary>What a validator sees: the turn, what was recognised, the prompt's options and how many answers were given so far (this one included).</summary>
public sealed class PromptValidatorContext<T>
{
    public PromptValidatorContext(ITurnContext context, PromptRecognizerResult<T> recognized, IDictionary<string, object?> state, PromptOptions options, int attemptCount)
    {
        Context = context;
        Recognized = recognized;
        State = state;
        Options = options;
        AttemptCount = attemptCount;
    }

    public ITurnContext Context { get; }

    public PromptRecognizerResult<T> Recognized { get; }

    public PromptOptions Options { get; }

    /// <summary>1 on the first answer, 2 on the second…: lets a flow hand over to an operator after a few tries.</summary>
    public int AttemptCount { get; }

    /// <summary>The prompt's own persisted state; a validator may keep values here across attempts.</summary>
    public IDictionary<string, object?> State { get; }
}
