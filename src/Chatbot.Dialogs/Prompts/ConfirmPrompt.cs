using Chatbot.Dialogs.Recognizers;

namespace Chatbot.Dialogs.Prompts;

/// <summary>Yes or no (see <see cref="YesNoRecognizer"/>); a tapped button's payload counts too.</summary>
public sealed class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null) : Prompt<bool>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken ct)
    {
        var answer = YesNoRecognizer.Recognize(turnContext.Activity.ButtonPayload) ?? YesNoRecognizer.Recognize(turnContext.Activity.Text);
        return Task.FromResult(answer is { } value
            ? PromptRecognizerResult<bool>.Success(value)
            : PromptRecognizerResult<bool>.Failure(PromptErrors.ConfirmUnrecognized));
    }
}
