using Chatbot.Core.Activation;
using Chatbot.Core.Ports;
using Chatbot.Dialogs.Catalog;

namespace Chatbot.Desk.Activation;

/// <summary>
/// Checks what a supervisor filled in for a session (known area and institution, place, officers, people per officer,
/// a start in the future and an end after it) and turns it into the session's fields in office time. A refusal says
/// what to fix, in English, for the console.
/// </summary>
public sealed class SessionDraftCheck(DialogCatalog catalog, IInstitutions institutions)
{
    public const int MaxPlaceLength = 200;

    /// <summary>The session (without id and creation fields) or null with the reason.</summary>
    public async Task<(ActivationSession? Session, string Reason)> CheckAsync(SessionDraft draft, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var settings = catalog.Activation;
        if (settings.Area(draft.AreaId) is null) return Refused($"Unknown area '{draft.AreaId}' (the kecamatan of dialogs/offices.json: {string.Join(", ", settings.Areas.Select(a => a.AreaId))}).");
        if (draft.ReservedFor is { } reserved && await institutions.GetAsync(reserved, ct) is null) return Refused($"Unknown institution '{reserved}': add it first.");

        var place = draft.Place?.Trim() ?? string.Empty;
        if (place.Length is 0 or > MaxPlaceLength) return Refused($"The place needs 1 to {MaxPlaceLength} characters.");
        var officers = (draft.Officers ?? []).Select(o => o?.Trim() ?? string.Empty).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (officers.Count == 0) return Refused("At least one officer is needed.");
        var perOfficer = draft.PeoplePerOfficer ?? settings.PeoplePerOfficer;
        if (perOfficer is < 1 or > ActivationSettings.MaxPeoplePerOfficer) return Refused($"People per officer must be 1 to {ActivationSettings.MaxPeoplePerOfficer} (about 50 is usual).");

        var start = catalog.Calendar.FromLocal(draft.Date, draft.StartTime);
        var end = catalog.Calendar.FromLocal(draft.Date, draft.EndTime);
        if (start <= now) return Refused("The session must start in the future.");
        if (end <= start) return Refused("The session must end after it starts.");

        return (new ActivationSession
        {
            Id = string.Empty,
            AreaId = draft.AreaId,
            PlaceKind = draft.PlaceKind,
            Place = place,
            StartsAt = start,
            EndsAt = end,
            Officers = officers,
            PeoplePerOfficer = perOfficer,
            ReservedFor = draft.ReservedFor,
            CreatedBy = string.Empty,
            CreatedAt = now,
        }, string.Empty);
    }

    private static (ActivationSession? Session, string Reason) Refused(string reason) => (null, reason);
}
