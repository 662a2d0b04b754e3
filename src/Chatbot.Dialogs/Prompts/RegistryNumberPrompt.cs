using System.Globalization;
using System.Text.RegularExpressions;

namespace Chatbot.Dialogs.Prompts;

/// <summary>
/// A 16-digit civil registry number (NIK, No. KK) checked by its Core type against the office's today, with an error
/// code per reason ("nik.wrongLength", "noKk.invalidIssueDate": prefix + the Core error's name) so the bot can say what is wrong.
/// </summary>
public abstract partial class RegistryNumberPrompt<T, TError>(string dialogId, string codePrefix, PromptValidator<T>? validator)
    : Prompt<T>(dialogId, validator)
    where TError : struct, Enum
{
    private const string WrongLength = "WrongLength";

    protected abstract TError NotDigits { get; }

    protected abstract bool TryParse(string? text, DateOnly today, out T value, out TError error);

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken ct)
    {
        var text = turnContext.Activity.Text;
        var today = turnContext.Today;
        if (TryParse(text, today, out var value, out var error)) return Task.FromResult(PromptRecognizerResult<T>.Success(value));

        // "NIK saya 3671…", "no kk: 3672 …": take the one long digit group out of a sentence.
        if (EqualityComparer<TError>.Default.Equals(error, NotDigits) && SingleDigitGroup(text) is { } group)
        {
            text = group;
            if (TryParse(text, today, out value, out error)) return Task.FromResult(PromptRecognizerResult<T>.Success(value));
        }

        return Task.FromResult(Failure(error, text));
    }

    private PromptRecognizerResult<T> Failure(TError error, string text)
    {
        var name = error.ToString();
        var code = codePrefix + "." + char.ToLowerInvariant(name[0]) + name[1..];
        return name == WrongLength
            ? PromptRecognizerResult<T>.Failure(code, new Dictionary<string, string> { ["count"] = text.Count(char.IsAsciiDigit).ToString(CultureInfo.InvariantCulture) })
            : PromptRecognizerResult<T>.Failure(code);
    }

    private static string? SingleDigitGroup(string text)
    {
        var groups = DigitGroup().Matches(text);
        return groups.Count == 1 ? groups[0].Value : null;
    }

    // Ten or more digits, possibly split by spaces, dots or dashes as people type them, standing as a word of their
    // own: "3672O117…" (a letter O typed for a zero) is a number with a letter, not an 11-digit number.
    [GeneratedRegex(@"(?<![\p{L}\d])\d(?:[ .\-\u00A0]?\d){9,}(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex DigitGroup();
}
