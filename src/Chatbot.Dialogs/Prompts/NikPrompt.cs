using System.Globalization;
using System.Text.RegularExpressions;
using Chatbot.Core.Identity;

namespace Chatbot.Dialogs.Prompts;

/// <summary>A NIK (Core rules, birth date checked against the office's today), with an error code per reason so the bot can say what is wrong.</summary>
public sealed partial class NikPrompt(string dialogId, PromptValidator<Nik>? validator = null) : Prompt<Nik>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<Nik>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken ct)
    {
        var text = turnContext.Activity.Text;
        var today = turnContext.Today;
        if (Nik.TryParse(text, today, out var nik, out var error)) return Task.FromResult(PromptRecognizerResult<Nik>.Success(nik));

        // "NIK saya 3671…": take the one long digit group out of a sentence.
        if (error == NikError.NotDigits && SingleDigitGroup(text) is { } group)
        {
            text = group;
            if (Nik.TryParse(text, today, out nik, out error)) return Task.FromResult(PromptRecognizerResult<Nik>.Success(nik));
        }

        return Task.FromResult(Failure(error, text));
    }

    private static PromptRecognizerResult<Nik> Failure(NikError error, string text) => error switch
    {
        NikError.Empty => PromptRecognizerResult<Nik>.Failure(PromptErrors.NikEmpty),
        NikError.NotDigits => PromptRecognizerResult<Nik>.Failure(PromptErrors.NikNotDigits),
        NikError.WrongLength => PromptRecognizerResult<Nik>.Failure(
            PromptErrors.NikWrongLength,
            new Dictionary<string, string> { ["count"] = text.Count(char.IsAsciiDigit).ToString(CultureInfo.InvariantCulture) }),
        NikError.UnknownRegion => PromptRecognizerResult<Nik>.Failure(PromptErrors.NikUnknownRegion),
        NikError.InvalidBirthDate => PromptRecognizerResult<Nik>.Failure(PromptErrors.NikInvalidBirthDate),
        _ => PromptRecognizerResult<Nik>.Failure(PromptErrors.NikInvalidSerial),
    };

    private static string? SingleDigitGroup(string text)
    {
        var groups = DigitGroup().Matches(text);
        return groups.Count == 1 ? groups[0].Value : null;
    }

    // Ten or more digits, possibly split by spaces, dots or dashes as people type them, standing as a word of their
    // own: "3672O117…" (a letter O typed for a zero) is a NIK with a letter, not an 11-digit NIK.
    [GeneratedRegex(@"(?<![\p{L}\d])\d(?:[ .\-\u00A0]?\d){9,}(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex DigitGroup();
}
