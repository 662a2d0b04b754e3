using Chatbot.Dialogs.Catalog.Texts;

namespace Chatbot.Dialogs.Catalog;

/// <summary>Finds a kecamatan by what a citizen typed: its id, name or an alias, ignoring case, spaces, and a "kec."/"kecamatan" prefix.</summary>
public sealed class KecamatanMatcher
{
    private static readonly string[] Prefixes = ["kecamatan ", "kec "];
    private readonly Dictionary<string, Kecamatan> byWord = new(StringComparer.Ordinal);

    public KecamatanMatcher(IEnumerable<Kecamatan> all)
    {
        foreach (var kecamatan in all)
        {
            foreach (var word in kecamatan.Aliases.Append(kecamatan.Name).Append(kecamatan.Id))
            {
                var key = Key(word);
                if (key.Length > 0) byWord.TryAdd(key, kecamatan);
            }
        }
    }

    public Kecamatan? Find(string? text) => byWord.GetValueOrDefault(Key(text));

    /// <summary>"Kec. Pulo-Merak" → "pulomerak": normalized, prefix dropped, no spaces or hyphens.</summary>
    public static string Key(string? text)
    {
        var normal = WordNormalizer.Normalize(text);
        foreach (var prefix in Prefixes)
        {
            if (normal.StartsWith(prefix, StringComparison.Ordinal)) normal = normal[prefix.Length..];
        }

        return normal.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
    }
}
