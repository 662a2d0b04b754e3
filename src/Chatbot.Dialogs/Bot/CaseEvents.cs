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
            [TemplateEvents.Reason] = ClosingReason(@case) ?? string.Empty,
        };
        return new CitizenEvent(eventName, @case.RequesterPhone, @case.Language, @case, values);
    }

    /// <summary>Why a refused or cancelled case was closed: the note of the change that closed it (null when none was given, or the case is not closed so).</summary>
    public static string? ClosingReason(ServiceCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return @case.Status is CaseStatus.Ditolak or CaseStatus.Dibatalkan ? @case.History.LastOrDefault(h => h.Status == @case.Status)?.Note : null;
    }
}
