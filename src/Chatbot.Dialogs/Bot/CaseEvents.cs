using Chatbot.Core.Cases;
using Chatbot.Dialogs.Catalog;

namespace Chatbot.Dialogs.Bot;

/// <summary>A case event as a <see cref="CitizenEvent"/>: the case is the subject, and what its templates may show.</summary>
public static class CaseEvents
{
    public static CitizenEvent For(ServiceCase @case, string eventName, DialogCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(catalog);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [TemplateEvents.Name] = @case.FullName,
            [TemplateEvents.Code] = @case.Code.ToString(),
            [TemplateEvents.TrackingNumber] = @case.TrackingNumber ?? string.Empty,
            [TemplateEvents.PickupCode] = @case.PickupCode ?? string.Empty,
            [TemplateEvents.Office] = (catalog.FindOffice(@case.Fields.GetValueOrDefault(CaseFields.PickupOffice)) ?? catalog.Offices[0]).Name,
        };
        return new CitizenEvent(eventName, @case.RequesterPhone, @case.Language, @case, values);
    }
}
