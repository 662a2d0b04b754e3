namespace Chatbot.Dialogs.Catalog.Texts;

/// <summary>All user-facing texts: language ("id", "en") → key → template with {placeholders}.</summary>
public sealed class TextTable(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> languages)
{
    public IReadOnlyCollection<string> Languages => (IReadOnlyCollection<string>)languages.Keys;

    public bool HasLanguage(string language) => languages.ContainsKey(language);

    public IReadOnlyDictionary<string, string> Of(string language) =>
        languages.TryGetValue(language, out var texts) ? texts : new Dictionary<string, string>();

    public string? Find(string language, string key) =>
        languages.TryGetValue(language, out var texts) && texts.TryGetValue(key, out var text) ? text : null;

    /// <summary>This table with more texts (a service file's own); a key already here keeps its text.</summary>
    public TextTable With(IEnumerable<KeyValuePair<string, IReadOnlyDictionary<string, string>>> more)
    {
        var merged = languages.ToDictionary(l => l.Key, l => new Dictionary<string, string>(l.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (language, texts) in more)
        {
            if (!merged.TryGetValue(language, out var target)) continue;
            foreach (var (key, text) in texts) target.TryAdd(key, text);
        }

        return new TextTable(merged.ToDictionary(l => l.Key, l => (IReadOnlyDictionary<string, string>)l.Value, StringComparer.Ordinal));
    }

    /// <summary>Languages that lack <paramref name="key"/>.</summary>
    public IReadOnlyList<string> Missing(string key) => languages.Where(l => !l.Value.ContainsKey(key)).Select(l => l.Key).Order(StringComparer.Ordinal).ToList();
}
