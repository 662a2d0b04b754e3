using Chatbot.Core.Identity;

namespace Chatbot.Dialogs.Prompts;

/// <summary>An Indonesian mobile number in any usual form (08…, 628…, +62 8…), normalised to E.164.</summary>
public sealed class PhoneNumberPrompt(string dialogId, PromptValidator<PhoneNumber>? validator = null) : Prompt<PhoneNumber>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<PhoneNumber>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken ct) =>
        Task.FromResult(PhoneNumber.TryParse(turnContext.Activity.Text, out var phone)
            ? PromptRecognizerResult<PhoneNumber>.Success(phone)
            : PromptRecognizerResult<PhoneNumber>.Failure(PromptErrors.PhoneInvalid));
}
