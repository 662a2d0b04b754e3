using System.Globalization;
using System.Text;
using Chatbot.Dialogs.Recognizers;

namespace Chatbot.Dialogs.Prompts;

/// <summary>One of <see cref="PromptOptions.Choices"/>, by button, number, word or synonym (see <see cref="ChoiceRecognizer"/>).</summary>
public sealed class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(dialogId, validator)
{
    /// <summary>Append "1. …" lines to the prompt (numbers need no translation). Off when the texts already list the choices.</summary>
    public bool AppendChoices { get; set; } = true;

    protected override void ValidateOptions(PromptOptions options)
    {
        if (options.Choices is not { Count: > 0 }) throw new ArgumentException($"Choice prompt '{Id}' needs choices.", nameof(options));
    }

    protected override Activity Decorate(Activity activity, PromptOptions options)
    {
        if (!AppendChoices || options.Choices is not { Count: > 0 } choices) return activity;
        var sb = new StringBuilder(activity.Text);
        if (sb.Length > 0) sb.Append("\n\n");
        for (var i = 0; i < choices.Count; i++)
        {
            if (i > 0) sb.Append('\n');
            sb.Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(choices[i].Value);
        }

        activity.Text = sb.ToString();
        return activity;
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken ct)
    {
        var choices = options.Choices?.ToList() ?? [];
        var found = ChoiceRecognizer.RecognizePayload(turnContext.Activity.ButtonPayload, choices)
            ?? ChoiceRecognizer.Recognize(turnContext.Activity.Text, choices);
        return Task.FromResult(found is null
            ? PromptRecognizerResult<FoundChoice>.Failure(PromptErrors.ChoiceUnrecognized)
            : PromptRecognizerResult<FoundChoice>.Success(found));
    }
}
