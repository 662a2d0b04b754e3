using System.Text;

namespace Chatbot.Dialogs.Prompts;

/// <summary>Fills {name} placeholders; an unknown placeholder stays as written so a missing argument is visible in tests.</summary>
public static class PromptText
{
    public static string Format(string template, IReadOnlyDictionary<string, string>? args)
    {
        if (args is null || args.Count == 0 || !template.Contains('{', StringComparison.Ordinal)) return template;
        var sb = new StringBuilder(template.Length);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            sb.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            sb.Append(args.TryGetValue(name, out var value) ? value : template[open..(close + 1)]);
            i = close + 1;
        }

        return sb.ToString();
    }
}
