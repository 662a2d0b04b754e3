using Chatbot.Core.Activation;
using Chatbot.Core.Ports;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;

namespace Chatbot.Desk.Activation;

/// <summary>
/// The rules of a session a supervisor fills in, each checked here and nowhere else: a known area and institution, a
/// place, at least one officer, people per officer in range, a start in the future and an end after it. Every problem
/// names its field and says what to fix in the reader's language (dialogs/texts, <see cref="DeskTextKeys"/>); a good
/// draft becomes the session's fields in office time.
/// </summary>
public sealed class SessionDraftCheck(DialogCatalog catalog, IInstitutions institutions)
{
    public const int MaxPlaceLength = 200;

    /// <summary>The session (without id and creation fields) when there is no problem; else null and every problem found.</summary>
    public async Task<(ActivationSession? Session, IReadOnlyList<SessionProblem> Problems)> CheckAsync(
        SessionDraft draft, DateTimeOffset now, string? language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var lang = catalog.Language(language);
        var problems = new List<SessionProblem>();
        void Add(string field, string key, IReadOnlyDictionary<string, string>? args = null) => problems.Add(new SessionProblem(field, catalog.Text(lang, key, args)));

        var settings = catalog.Activation;
        var areaId = draft.AreaId?.Trim() ?? string.Empty;
        var area = settings.Area(areaId);
        if (area is null) Add("areaId", DeskTextKeys.DraftUnknownArea, new Dictionary<string, string> { ["area"] = areaId, ["areas"] = string.Join(", ", settings.Areas.Select(a => a.AreaId)) });
        if (draft.PlaceKind is null) Add("placeKind", DeskTextKeys.DraftRequired);

        var place = draft.Place?.Trim() ?? string.Empty;
        if (place.Length is 0 or > MaxPlaceLength) Add("place", DeskTextKeys.DraftPlaceLength, Max(MaxPlaceLength));

        var start = draft.Date is { } day && draft.StartTime is { } from ? catalog.Calendar.FromLocal(day, from) : (DateTimeOffset?)null;
        var end = draft.Date is { } endDay && draft.EndTime is { } to ? catalog.Calendar.FromLocal(endDay, to) : (DateTimeOffset?)null;
        if (draft.Date is null) Add("date", DeskTextKeys.DraftRequired);
        if (draft.StartTime is null) Add("startTime", DeskTextKeys.DraftRequired);
        if (draft.EndTime is null) Add("endTime", DeskTextKeys.DraftRequired);
        if (start <= now) Add(draft.Date < DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, catalog.Calendar.Zone).DateTime) ? "date" : "startTime", DeskTextKeys.DraftStartPassed);
        if (draft.StartTime is { } startTime && draft.EndTime is { } endTime && endTime <= startTime) Add("endTime", DeskTextKeys.DraftEndBeforeStart);

        var officers = (draft.Officers ?? []).Select(o => o?.Trim() ?? string.Empty).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (officers.Count == 0) Add("officers", DeskTextKeys.DraftNoOfficer);
        var perOfficer = draft.PeoplePerOfficer ?? settings.PeoplePerOfficer;
        if (perOfficer is < 1 or > ActivationSettings.MaxPeoplePerOfficer) Add("peoplePerOfficer", DeskTextKeys.DraftPeoplePerOfficer, Max(ActivationSettings.MaxPeoplePerOfficer));

        var reservedFor = string.IsNullOrWhiteSpace(draft.ReservedFor) ? null : draft.ReservedFor.Trim();
        if (reservedFor is not null && await institutions.GetAsync(reservedFor, ct) is null)
            Add("reservedFor", DeskTextKeys.DraftUnknownInstitution, new Dictionary<string, string> { ["institution"] = reservedFor });

        if (problems.Count > 0) return (null, problems);
        return (new ActivationSession
        {
            Id = string.Empty,
            AreaId = area!.AreaId,
            PlaceKind = draft.PlaceKind!.Value,
            Place = place,
            StartsAt = start!.Value,
            EndsAt = end!.Value,
            Officers = officers,
            PeoplePerOfficer = perOfficer,
            ReservedFor = reservedFor,
            CreatedBy = string.Empty,
            CreatedAt = now,
        }, problems);
    }

    private static Dictionary<string, string> Max(int max) => new() { ["max"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
