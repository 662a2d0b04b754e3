using System.Globalization;
using System.Text;

namespace Chatbot.Dialogs.Recognizers;

/// <summary>
/// Puts what citizens type on WhatsApp into one comparable form: lower case, no diacritics ("é" → "e"), no emoji,
/// punctuation turned into spaces (apostrophes dropped: "jum'at" → "jumat"), single spaces.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format) continue;
            if (c is '\'' or '\u2019' or '`') continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }

    public static string[] Tokens(string? text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>"iyaaa" → "iya", "gaaak" → "gak": WhatsApp emphasis, not a different word.</summary>
    public static string CollapseRepeats(string word)
    {
        if (word.Length < 2) return word;
        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (sb.Length == 0 || sb[^1] != c || char.IsDigit(c)) sb.Append(c);
        }

        return sb.ToString();
    }
}
