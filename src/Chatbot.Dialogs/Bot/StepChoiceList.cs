using Chatbot.Dialogs.Catalog;

namespace Chatbot.Dialogs.Bot;

/// <summary>The options of a choice step in a language: from a known source (the office's kecamatan) or written in the flow.</summary>
public static class StepChoiceList
{
    public sealed record Item(string Value, string Title, IReadOnlyList<string> Synonyms);

    public static IReadOnlyList<Item> For(FlowStep step, DialogCatalog catalog, string language)
    {
        if (step.Choices?.Source == StepChoices.KecamatanSource)
        {
            return catalog.Offices.SelectMany(o => o.Kecamatan)
                .Select(k => new Item(k.Id, k.Name, [k.Name, .. k.Aliases]))
                .ToList();
        }

        if (step.Choices?.Source == StepChoices.OfficesSource)
        {
            return catalog.Offices.Select(o => new Item(o.Id, o.Name, [o.Name])).ToList();
        }

        return (step.Choices?.Items ?? [])
            .Select(i =>
            {
                var title = catalog.Text(language, i.Text);
                return new Item(i.Value, title, [title, .. i.Aliases]);
            })
            .ToList();
    }

    /// <summary>How a stored choice value reads in the summary.</summary>
    public static string TitleOf(FlowStep step, DialogCatalog catalog, string language, string value) =>
        For(step, catalog, language).FirstOrDefault(i => i.Value == value)?.Title ?? value;
}
