using Chatbot.Core.Identity;

namespace Chatbot.Dialogs.Prompts;

/// <summary>A five-digit kode pos (for Pos delivery).</summary>
public sealed class PostalCodePrompt(string dialogId, PromptValidator<PostalCode>? validator = null) : Prompt<PostalCode>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<PostalCode>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken ct) =>
        Task.FromResult(PostalCode.TryParse(turnContext.Activity.Text, out var code)
            ? PromptRecognizerResult<PostalCode>.Success(code)
            : PromptRecognizerResult<PostalCode>.Failure(PromptErrors.PostalCodeInvalid));
}
