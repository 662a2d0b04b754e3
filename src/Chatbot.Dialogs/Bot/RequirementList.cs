using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;

namespace Chatbot.Dialogs.Bot;

/// <summary>How a service's requirements read to the citizen: one line each, with "(jika ada)" or its condition.</summary>
public static class RequirementList
{
    public static string Lines(DialogCatalog catalog, string language, IEnumerable<ServiceRequirement> requirements, bool withConditions)
    {
        var lines = requirements.Select(r => catalog.Text(language, CatalogueTextKeys.RequirementLine, new Dictionary<string, string>
        {
            ["name"] = r.Name(language),
            ["note"] = Note(catalog, language, r, withConditions),
        })).ToList();
        return lines.Count == 0 ? catalog.Text(language, CatalogueTextKeys.NoRequirements) : string.Join('\n', lines);
    }

    /// <summary>The requirements that apply after these answers (a condition on an unanswered question does not).</summary>
    public static IReadOnlyList<ServiceRequirement> Applicable(IEnumerable<ServiceRequirement> requirements, IReadOnlyDictionary<string, object?> answers) =>
        requirements.Where(r => r.When is null || r.When.IsMet(answers)).ToList();

    private static string Note(DialogCatalog catalog, string language, ServiceRequirement requirement, bool withConditions)
    {
        if (withConditions && requirement.WhenText is { } when)
        {
            var condition = when.TryGetValue(language, out var text) ? text : when.Values.First();
            return catalog.Text(language, CatalogueTextKeys.RequirementWhen, new Dictionary<string, string> { ["condition"] = condition });
        }

        return requirement.Required ? string.Empty : catalog.Text(language, CatalogueTextKeys.RequirementOptional);
    }
}
