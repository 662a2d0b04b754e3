using System.Text.RegularExpressions;

namespace Chatbot.Dialogs.Catalog;

/// <summary>Checks dialogs/templates.json: one template per case event, a well-formed Content SID, known variables.</summary>
internal static partial class TemplatesValidator
{
    [GeneratedRegex("^HX[0-9a-fA-F]{32}$")]
    private static partial Regex ContentSidRegex();

    public static void Check(LoadContext context, TemplateCatalogFile catalog, string file)
    {
        foreach (var (name, template) in catalog.Templates)
        {
            var at = JsonPaths.Property("$.templates", name);
            if (!TemplateEvents.Variables.TryGetValue(name, out var known))
            {
                context.Errors.Add(file, at, $"unknown event '{name}' (expected one of {string.Join(", ", TemplateEvents.Variables.Keys)})");
                continue;
            }

            if (!ContentSidRegex().IsMatch(template.ContentSid))
            {
                context.Errors.Add(file, at + ".contentSid", $"'{template.ContentSid}' is not a Content SID (HX followed by 32 hexadecimal digits, from Twilio's Content Template Builder)");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < template.Variables.Count; i++)
            {
                var variable = template.Variables[i];
                var variableAt = JsonPaths.Index(at + ".variables", i);
                if (!known.Contains(variable)) context.Errors.Add(file, variableAt, $"unknown variable '{variable}' for '{name}' (this event knows {string.Join(", ", known)})");
                else if (!seen.Add(variable)) context.Errors.Add(file, variableAt, $"'{variable}' is listed twice");
            }
        }

        foreach (var missing in TemplateEvents.Variables.Keys.Where(e => !catalog.Templates.ContainsKey(e)))
        {
            context.Errors.Add(file, "$.templates", $"missing the template for '{missing}': outside WhatsApp's 24-hour window the citizen could not be told");
        }
    }
}
