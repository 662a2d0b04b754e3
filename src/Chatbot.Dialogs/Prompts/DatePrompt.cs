using Chatbot.Dialogs.Recognizers;

namespace Chatbot.Dialogs.Prompts;

/// <summary>A calendar date, relative words counted from the office's today (see <see cref="IndonesianDateRecognizer"/>). Ranges belong in a validator.</summary>
public sealed class DatePrompt(string dialogId, PromptValidator<DateOnly>? validator = null) : Prompt<DateOnly>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<DateOnly>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken ct) =>
        Task.FromResult(IndonesianDateRecognizer.TryRecognize(turnContext.Activity.Text, turnContext.Today, out var date)
            ? PromptRecognizerResult<DateOnly>.Success(date)
            : PromptRecognizerResult<DateOnly>.Failure(PromptErrors.DateUnrecognized));
}
