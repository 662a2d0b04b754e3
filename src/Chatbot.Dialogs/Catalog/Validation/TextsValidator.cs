using System.Text.RegularExpressions;
using Chatbot.Dialogs.Catalog.Texts;

namespace Chatbot.Dialogs.Catalog;

/// <summary>
/// Reads dialogs/texts/{language}.json: each a flat object of key → text. Every key must be in every language, with the
/// same placeholders, and the texts the code needs (<see cref="TextContract"/>) must all be there.
/// </summary>
internal static partial class TextsValidator
{
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_.\-]*$")]
    private static partial Regex KeyRegex();

    [GeneratedRegex(@"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")]
    private static partial Regex LanguageRegex();

    public static TextTable Read(LoadContext context)
    {
        var folder = context.Full("texts");
        var languages = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0)
        {
            context.Errors.Add(context.Relative(folder), "$", "no text files: expected texts/id.json and texts/en.json");
            return new TextTable(languages);
        }

        foreach (var path in files)
        {
            var file = context.Relative(path);
            var language = Path.GetFileNameWithoutExtension(path);
            if (!LanguageRegex().IsMatch(language))
            {
                context.Errors.Add(file, "$", $"the file name must be a language code such as id.json or en.json, not '{language}.json'");
                continue;
            }

            var texts = DialogJson.Read<Dictionary<string, string>>(path, file, context.Errors);
            if (texts is null)
            {
                languages[language] = new Dictionary<string, string>(); // keeps the language known so that references are still checked
                continue;
            }

            texts = texts.ToDictionary(t => t.Key, t => t.Value ?? string.Empty, StringComparer.Ordinal); // a null (already reported) is not also "missing"
            foreach (var (key, text) in texts)
            {
                var at = JsonPaths.Property("$", key);
                if (!KeyRegex().IsMatch(key)) context.Errors.Add(file, at, $"invalid key '{key}' (letters, digits, '.', '-' and '_', starting with a letter)");
                if (string.IsNullOrWhiteSpace(text)) context.Errors.Add(file, at, "the text is empty");
                else if (TextTemplate.SyntaxError(text) is { } error) context.Errors.Add(file, at, error);
            }

            languages[language] = texts;
        }

        return new TextTable(languages);
    }

    /// <summary>Runs once the default language is known: twins across languages, and the code's own keys.</summary>
    public static void CheckLanguages(LoadContext context)
    {
        var table = context.Texts;
        var languages = table.Languages.Order(StringComparer.Ordinal).ToList();
        if (languages.Count == 0) return;
        var reference = table.HasLanguage(context.DefaultLanguage) ? context.DefaultLanguage : languages[0];
        var allKeys = languages.SelectMany(l => table.Of(l).Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var language in languages)
        {
            var texts = table.Of(language);
            if (texts.Count == 0) continue; // unreadable file, reported already
            var file = context.TextFile(language);
            foreach (var key in allKeys.Where(k => !texts.ContainsKey(k) && !TextContract.Required.ContainsKey(k)))
            {
                var owners = languages.Where(l => table.Of(l).ContainsKey(key)).Select(l => l + ".json");
                context.Errors.Add(file, "$", $"missing text '{key}' (it is in {string.Join(", ", owners)})");
            }

            foreach (var key in TextContract.Required.Keys.Where(k => !texts.ContainsKey(k)).Order(StringComparer.Ordinal))
            {
                context.Errors.Add(file, "$", $"missing text '{key}' (the bot needs it)");
            }

            if (language == reference) continue;
            foreach (var (key, text) in texts)
            {
                if (table.Find(reference, key) is not { } twin) continue;
                var mine = TextTemplate.Placeholders(text);
                var theirs = TextTemplate.Placeholders(twin);
                if (mine.SetEquals(theirs)) continue;
                var lacking = theirs.Except(mine).ToList();
                var extra = mine.Except(theirs).ToList();
                var parts = new List<string>();
                if (lacking.Count > 0) parts.Add($"lacks {TextTemplate.List(lacking)}");
                if (extra.Count > 0) parts.Add($"has {TextTemplate.List(extra)} that {reference}.json does not");
                context.Errors.Add(file, JsonPaths.Property("$", key), $"placeholders differ from {reference}.json: {string.Join("; ", parts)}");
            }
        }

        foreach (var (key, allowed) in TextContract.Required) TextReferences.CheckPlaceholders(context, key, allowed);
    }
}
