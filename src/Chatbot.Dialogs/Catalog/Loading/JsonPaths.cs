using Newtonsoft.Json.Linq;

namespace Chatbot.Dialogs.Catalog;

/// <summary>JSON paths as an admin reads them: "$", "$.steps[2].type", "$['menu.greeting']".</summary>
internal static class JsonPaths
{
    public static string Of(JToken token) => FromNewtonsoft(token.Path);

    public static string FromNewtonsoft(string? path) =>
        string.IsNullOrEmpty(path) ? "$" : path.StartsWith('[') ? "$" + path : "$." + path;

    public static string Property(string parent, string name) =>
        IsPlainName(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    private static bool IsPlainName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
