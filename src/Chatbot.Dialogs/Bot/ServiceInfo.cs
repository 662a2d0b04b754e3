using System.Globalization;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;

namespace Chatbot.Dialogs.Bot;

/// <summary>What the bot tells about a service before it starts: its requirements, how long it takes, that it is free.</summary>
public static class ServiceInfo
{
    public static string Text(DialogCatalog catalog, string language, ServiceDefinition service)
    {
        var parts = new List<string>
        {
            catalog.Text(language, CatalogueTextKeys.Requirements, new Dictionary<string, string>
            {
                ["service"] = catalog.Text(language, service.Title),
                ["list"] = RequirementList.Lines(catalog, language, service.Requirements, withConditions: true),
                ["typical"] = Days(catalog, language, service.Processing.TypicalWorkingDays),
                ["sla"] = Days(catalog, language, service.Processing.SlaWorkingDays),
            }),
        };
        if (service.Info is not null) parts.Add(catalog.Text(language, service.Info));
        parts.Add(catalog.Text(language, CatalogueTextKeys.Free));
        return string.Join("\n\n", parts);
    }

    private static string Days(DialogCatalog catalog, string language, int days) => days == 0
        ? catalog.Text(language, CatalogueTextKeys.SameDay)
        : catalog.Text(language, CatalogueTextKeys.WorkingDays, new Dictionary<string, string> { ["n"] = days.ToString(CultureInfo.InvariantCulture) });
}
