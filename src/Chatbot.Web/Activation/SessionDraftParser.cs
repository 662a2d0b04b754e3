using System.Globalization;
using Chatbot.Core.Activation;
using Chatbot.Core.Ports;
using Chatbot.Desk.Activation;
using Chatbot.Dialogs.Bot.Activation;

namespace Chatbot.Web.Activation;

/// <summary>Checks a <see cref="SessionRequest"/> field by field and makes the desk's <see cref="SessionDraft"/> of it.</summary>
public sealed class SessionDraftParser(IActivationAreas areas, IInstitutions institutions, OfficeTime time)
{
    public const int MaxPlaceLength = 200;
    public const int MaxOfficers = 50;
    public const int MaxOfficerNameLength = 100;
    public const int MaxPeoplePerOfficer = 500;

    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss", "H:mm"];

    /// <summary>The draft, or null with every problem in <paramref name="errors"/>.</summary>
    public async Task<SessionDraft?> ParseAsync(SessionRequest? request, FieldErrors errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (request is null)
        {
            errors.Add("body", "Isi permintaan (JSON) tidak ada.");
            return null;
        }

        var area = areas.Find(request.AreaId?.Trim());
        if (area is null) errors.Add("areaId", "Wilayah tidak dikenal: pilih dari GET /api/ikd/areas.");
        var placeKind = TextField.Enum<SessionPlaceKind>(request.PlaceKind, "placeKind", errors);
        var place = TextField.Required(request.Place, "place", MaxPlaceLength, errors);
        var date = ParseDate(request.Date, errors);
        var start = ParseTime(request.StartTime, "startTime", errors);
        var end = ParseTime(request.EndTime, "endTime", errors);
        if (start is not null && end is not null && end <= start) errors.Add("endTime", "Jam selesai harus setelah jam mulai.");
        var officers = ParseOfficers(request.Officers, errors);
        if (request.PeoplePerOfficer is < 1 or > MaxPeoplePerOfficer) errors.Add("peoplePerOfficer", $"Antara 1 dan {MaxPeoplePerOfficer}.");
        var reservedFor = string.IsNullOrWhiteSpace(request.ReservedFor) ? null : request.ReservedFor.Trim();
        if (reservedFor is not null && await institutions.GetAsync(reservedFor, cancellationToken) is null)
            errors.Add("reservedFor", "Instansi tidak dikenal: pilih dari GET /api/ikd/institutions.");

        if (errors.Any) return null;
        return new SessionDraft
        {
            AreaId = area!.AreaId,
            PlaceKind = placeKind!.Value,
            Place = place!,
            Date = date!.Value,
            StartTime = start!.Value,
            EndTime = end!.Value,
            Officers = officers!,
            PeoplePerOfficer = request.PeoplePerOfficer,
            ReservedFor = reservedFor,
        };
    }

    private DateOnly? ParseDate(string? text, FieldErrors errors)
    {
        if (!DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            errors.Add("date", "Tanggal dengan format yyyy-MM-dd.");
        else if (date < time.Today) errors.Add("date", "Tanggal sudah lewat.");
        else return date;
        return null;
    }

    private static TimeOnly? ParseTime(string? text, string field, FieldErrors errors)
    {
        if (TimeOnly.TryParseExact(text?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)) return value;
        errors.Add(field, "Jam dengan format HH:mm (waktu kantor).");
        return null;
    }

    private static List<string>? ParseOfficers(IReadOnlyList<string?>? officers, FieldErrors errors)
    {
        if (officers is null || officers.Count == 0)
        {
            errors.Add("officers", "Paling sedikit satu petugas.");
            return null;
        }

        if (officers.Count > MaxOfficers)
        {
            errors.Add("officers", $"Paling banyak {MaxOfficers} petugas.");
            return null;
        }

        var names = new List<string>(officers.Count);
        for (var i = 0; i < officers.Count; i++)
        {
            var name = TextField.Required(officers[i], $"officers[{i}]", MaxOfficerNameLength, errors);
            if (name is null) continue;
            if (names.Contains(name, StringComparer.OrdinalIgnoreCase)) errors.Add($"officers[{i}]", "Petugas disebut dua kali.");
            else names.Add(name);
        }

        return names;
    }
}
