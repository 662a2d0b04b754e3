using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Chatbot.Faults.Tests.Infrastructure;

/// <summary>
/// Recognises what the bot said from the texts in dialogs/texts/id.json: each text becomes a pattern whose
/// placeholders ({name}, {office}, {options}, …) match anything, so a reply is classified by the text key it came from.
/// </summary>
public sealed partial class BotTexts
{
    public const string Greeting = "menu.greeting";
    public const string Menu = "menu.options";
    public const string Consent = "consent.ask";
    public const string AskNik = "ask.nik";

    private readonly List<(string Key, Regex Pattern)> patterns;

    private BotTexts(List<(string Key, Regex Pattern)> patterns) => this.patterns = patterns;

    public static BotTexts Load(string language = "id")
    {
        var path = Path.Combine(ServiceProcess.Dialogs, "texts", language + ".json");
        var texts = JObject.Parse(File.ReadAllText(path));
        var list = new List<(string, Regex)>();
        foreach (var (key, value) in texts)
        {
            if (value is not JValue { Type: JTokenType.String } text) continue;
            var escaped = Regex.Escape((string)text!);
            var pattern = Placeholder().Replace(escaped, ".*");
            list.Add((key, new Regex("^" + pattern + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant)));
        }

        // The longest template first, so that a short generic text never shadows a specific one.
        list.Sort((a, b) => b.Item2.ToString().Length.CompareTo(a.Item2.ToString().Length));
        return new BotTexts(list);
    }

    /// <summary>The text key the body was rendered from, or "?" and the start of the body.</summary>
    public string Classify(string body)
    {
        foreach (var (key, pattern) in patterns)
        {
            if (pattern.IsMatch(body)) return key;
        }

        return "?" + (body.Length > 40 ? body[..40] : body).ReplaceLineEndings(" ");
    }

    /// <summary>"{name}" escaped by Regex.Escape is "\{name}".</summary>
    [GeneratedRegex(@"\\\{[A-Za-z0-9_.]+\}")]
    private static partial Regex Placeholder();
}
