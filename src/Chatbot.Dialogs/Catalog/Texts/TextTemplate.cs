using System.Text.RegularExpressions;

namespace Chatbot.Dialogs.Catalog.Texts;

/// <summary>Templates with {name} placeholders: letters, digits and '_' between braces, starting with a letter.</summary>
public static partial class TextTemplate
{
    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9_]*)\}")]
    private static partial Regex PlaceholderRegex();

    public static IReadOnlySet<string> Placeholders(string template) =>
        PlaceholderRegex().Matches(template).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Fills the placeholders it has a value for; an unknown one stays visible as "{name}" (never throws).</summary>
    public static string Format(string template, IReadOnlyDictionary<string, string>? args) =>
        args is null || args.Count == 0
            ? template
            : PlaceholderRegex().Replace(template, m => args.TryGetValue(m.Groups[1].Value, out var value) ? value ?? string.Empty : m.Value);

    /// <summary>Null when well formed; else why not (a lone brace, an empty or odd name).</summary>
    public static string? SyntaxError(string template)
    {
        var rest = PlaceholderRegex().Replace(template, string.Empty);
        var open = rest.IndexOf('{', StringComparison.Ordinal);
        var close = rest.IndexOf('}', StringComparison.Ordinal);
        if (open < 0 && close < 0) return null;
        var at = open >= 0 && (close < 0 || open < close) ? open : close;
        var snippet = rest.Substring(Math.Max(0, at - 10), Math.Min(rest.Length - Math.Max(0, at - 10), 25));
        return $"unbalanced or malformed placeholder near \"{snippet}\" (write placeholders as {{name}}, letters and digits only)";
    }

    /// <summary>"{a}, {b}" for messages.</summary>
    public static string List(IEnumerable<string> names) => string.Join(", ", names.Order(StringComparer.Ordinal).Select(n => "{" + n + "}"));
}
