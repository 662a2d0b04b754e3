using Chatbot.Dialogs.Recognizers;

namespace Chatbot.Dialogs.Prompts;

/// <summary>
/// What a prompt says and accepts. All texts come from the caller (the engine has no language of its own). Kept in the
/// dialog state between turns, so everything here must serialise.
/// </summary>
public sealed class PromptOptions
{
    public Activity? Prompt { get; set; }

    /// <summary>Sent when the answer was refused and no <see cref="RetryPrompts"/> entry fits the reason.</summary>
    public Activity? RetryPrompt { get; set; }

    public IList<Choice>? Choices { get; set; }

    /// <summary>Prompt-specific rules, e.g. <see cref="MediaConstraints"/> for the attachment prompt.</summary>
    public object? Validations { get; set; }

    /// <summary>
    /// Retry text per refusal reason (see <see cref="PromptErrors"/>), so the bot can say why: "nik.wrongLength" →
    /// "NIK harus 16 digit, yang Anda kirim {count} digit." Placeholders are filled from the recognizer's error arguments.
    /// </summary>
    public Dictionary<string, string>? RetryPrompts { get; set; }

    public static PromptOptions FromText(string prompt, string? retry = null) => new()
    {
        Prompt = Activity.CreateMessage(prompt),
        RetryPrompt = retry is null ? null : Activity.CreateMessage(retry),
    };

    /// <summary>The activity to send when re-asking: the reason's text, else the retry prompt, else the prompt.</summary>
    public Activity? ResolveRetry(string? errorCode, IReadOnlyDictionary<string, string>? errorArgs)
    {
        if (errorCode is not null && RetryPrompts is not null && RetryPrompts.TryGetValue(errorCode, out var text))
        {
            return Activity.CreateMessage(PromptText.Format(text, errorArgs));
        }

        return RetryPrompt ?? Prompt;
    }
}
