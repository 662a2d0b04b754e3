namespace Chatbot.Dialogs.Prompts;

/// <summary>Any non-empty text, trimmed.</summary>
public sealed class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken ct)
    {
        var text = turnContext.Activity.Text.Trim();
        return Task.FromResult(text.Length > 0
            ? PromptRecognizerResult<string>.Success(text)
            : PromptRecognizerResult<string>.Failure(PromptErrors.TextEmpty));
    }
}
