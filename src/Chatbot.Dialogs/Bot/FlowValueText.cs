using System.Globalization;
using Chatbot.Core.Identity;
using Chatbot.Core.Messaging;
using Chatbot.Dialogs.Catalog;

namespace Chatbot.Dialogs.Bot;

/// <summary>How each answer of a flow reads to the citizen (summary) and to the office (case fields).</summary>
public static class FlowValueText
{
    /// <summary>Every field as summary text, keyed by field name (the summary text's placeholders).</summary>
    public static Dictionary<string, string> All(FlowDefinition flow, DialogCatalog catalog, string language, IDictionary<string, object?> values) =>
        flow.Steps.ToDictionary(s => s.Field, s => ForCitizen(s, catalog, language, values.TryGetValue(s.Field, out var v) ? v : null));

    public static string ForCitizen(FlowStep step, DialogCatalog catalog, string language, object? value) => value switch
    {
        // The citizen typed this NIK a minute ago: showing it in full lets them check it.
        Nik nik => nik.Value,
        DateOnly date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        IReadOnlyCollection<Core.Cases.CaseDocument> documents => catalog.Text(language, Catalog.Texts.CatalogueTextKeys.DocumentsSummary, new Dictionary<string, string> { ["n"] = documents.Count.ToString(CultureInfo.InvariantCulture) }),
        IReadOnlyCollection<MediaRef> media when step.Display is { } display => catalog.Text(language, media.Count > 0 ? display.Given : display.Skipped),
        string text when step.Choices?.Source == StepChoices.OfficesSource && catalog.FindOffice(text) is { } office => OfficeDetail(catalog, language, office),
        string text when step.Type == StepType.Choice => StepChoiceList.TitleOf(step, catalog, language, text),
        // The citizen typed (or chose) this number a minute ago: shown in full, as they write it.
        PhoneNumber phone => Local(phone),
        bool yes => yes ? "✔" : "✘",
        null => "-",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "-",
    };

    /// <summary>"+6281234567890" as Indonesians write it: "081234567890".</summary>
    public static string Local(PhoneNumber phone) =>
        phone.E164 is { } e164 && e164.StartsWith("+62", StringComparison.Ordinal) ? "0" + e164[3..] : phone.E164 ?? string.Empty;

    /// <summary>An office as the citizen needs it to come by: name, address and pickup hours in their language.</summary>
    public static string OfficeDetail(DialogCatalog catalog, string language, Office office) =>
        catalog.Text(language, Catalog.Texts.TextKeys.PickupOfficeDetail, new Dictionary<string, string>
        {
            ["name"] = office.Name,
            ["address"] = office.Address,
            ["hours"] = PickupHours(catalog, language, office),
        });

    public static string PickupHours(DialogCatalog catalog, string language, Office office) =>
        office.PickupHours.TryGetValue(language, out var hours) ? hours : office.PickupHours.GetValueOrDefault(catalog.DefaultLanguage, string.Empty);

    /// <summary>Machine-readable form stored on the case (ISO dates, ids of choices).</summary>
    public static string? ForOffice(object? value) => value switch
    {
        Nik nik => nik.Value,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PhoneNumber phone => phone.E164,
        PostalCode code => code.Value,
        GeoLocation location => string.Create(CultureInfo.InvariantCulture, $"{location.Latitude},{location.Longitude}"),
        IReadOnlyCollection<MediaRef> media => media.Count.ToString(CultureInfo.InvariantCulture),
        IReadOnlyCollection<Core.Cases.CaseDocument> documents => documents.Count.ToString(CultureInfo.InvariantCulture),
        bool yes => yes ? "true" : "false",
        null => null,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
