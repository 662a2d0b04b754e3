using Chatbot.Core.Messaging;

namespace Chatbot.Dialogs.Prompts;

/// <summary>A location shared with WhatsApp's location button.</summary>
public sealed class LocationPrompt(string dialogId, PromptValidator<GeoLocation>? validator = null) : Prompt<GeoLocation>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<GeoLocation>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken ct) =>
        Task.FromResult(turnContext.Activity.Location is { } location
            ? PromptRecognizerResult<GeoLocation>.Success(location)
            : PromptRecognizerResult<GeoLocation>.Failure(PromptErrors.LocationNone));
}
