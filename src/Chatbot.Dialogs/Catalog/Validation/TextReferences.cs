using Chatbot.Dialogs.Catalog.Texts;

namespace Chatbot.Dialogs.Catalog;

/// <summary>Checks a text key named in bot, services, offices or flows: present in every language, placeholders the code fills.</summary>
internal static class TextReferences
{
    public static void Require(LoadContext context, string file, string path, string? key, IReadOnlyCollection<string> placeholders)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            context.Errors.Add(file, path, "a text key is needed here");
            return;
        }

        var languages = context.Texts.Languages;
        if (languages.Count == 0) return; // the text files themselves are broken; already reported
        var missing = context.Texts.Missing(key);
        if (missing.Count > 0)
        {
            var where = string.Join(" and ", missing.Select(l => "texts/" + l + ".json"));
            context.Errors.Add(file, path, key.StartsWith("service.", StringComparison.Ordinal)
                ? $"text '{key}' is missing in {where} (a service's own texts go in its file's \"texts\")"
                : $"text '{key}' is missing in {where}");
        }

        CheckPlaceholders(context, key, placeholders);
    }

    /// <summary>Every language's text for <paramref name="key"/> may use only <paramref name="allowed"/>.</summary>
    public static void CheckPlaceholders(LoadContext context, string key, IReadOnlyCollection<string> allowed)
    {
        foreach (var language in context.Texts.Languages.Order(StringComparer.Ordinal))
        {
            if (context.Texts.Find(language, key) is not { } text) continue;
            var unknown = TextTemplate.Placeholders(text).Where(p => !allowed.Contains(p)).ToList();
            if (unknown.Count == 0) continue;
            var can = allowed.Count == 0 ? "this text has no placeholders" : "this text can use " + TextTemplate.List(allowed);
            var (file, path) = context.TextLocation(language, key);
            context.Errors.Add(file, path, $"unknown placeholder {TextTemplate.List(unknown)} ({can})");
        }
    }
}
