using System.Globalization;
using System.Text;

namespace Chatbot.Dialogs.Catalog.Texts;

/// <summary>How typed words are compared: lower case, no accents, punctuation as space, single spaces, trimmed.</summary>
internal static class WordNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c) || c is '-' or '\'')
            {
                if (space && builder.Length > 0) builder.Append(' ');
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Splits a comma-separated word list ("lewati, skip, tidak ada") into normalized words.</summary>
    public static IReadOnlyList<string> SplitWords(string? list) =>
        (list ?? string.Empty).Split(',').Select(Normalize).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
