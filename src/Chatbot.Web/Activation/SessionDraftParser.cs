using System.Globalization;
using Chatbot.Core.Activation;
using Chatbot.Desk.Activation;

namespace Chatbot.Web.Activation;

/// <summary>
/// Reads a <see cref="SessionRequest"/> into the desk's <see cref="SessionDraft"/>: only whether each field can be read
/// (an enum name, a date, a clock time, officers' names without control characters); the rules of a session are
/// <see cref="SessionDraftCheck"/>'s alone.
/// </summary>
public static class SessionDraftParser
{
    public const int MaxOfficers = 50;
    public const int MaxOfficerNameLength = 100;

    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss", "H:mm"];

    /// <summary>The draft (a part that could not be read left null, its error in <paramref name="errors"/>), or null without a body.</summary>
    public static SessionDraft? Parse(SessionRequest? request, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (request is null)
        {
            errors.Add("body", "Isi permintaan (JSON) tidak ada.");
            return null;
        }

        return new SessionDraft
        {
            AreaId = request.AreaId?.Trim() ?? string.Empty,
            PlaceKind = TextField.Enum<SessionPlaceKind>(request.PlaceKind, "placeKind", errors),
            Place = TextField.WithoutControlCharacters(request.Place, "place", errors) ?? string.Empty,
            Date = ParseDate(request.Date, errors),
            StartTime = ParseTime(request.StartTime, "startTime", errors),
            EndTime = ParseTime(request.EndTime, "endTime", errors),
            Officers = ParseOfficers(request.Officers, errors),
            PeoplePerOfficer = request.PeoplePerOfficer,
            ReservedFor = string.IsNullOrWhiteSpace(request.ReservedFor) ? null : request.ReservedFor.Trim(),
        };
    }

    private static DateOnly? ParseDate(string? text, FieldErrors errors)
    {
        if (DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add("date", "Tanggal dengan format yyyy-MM-dd.");
        return null;
    }

    private static TimeOnly? ParseTime(string? text, string field, FieldErrors errors)
    {
        if (TimeOnly.TryParseExact(text?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)) return value;
        errors.Add(field, "Jam dengan format HH:mm (waktu kantor).");
        return null;
    }

    private static List<string> ParseOfficers(IReadOnlyList<string?>? officers, FieldErrors errors)
    {
        if (officers is null || officers.Count == 0) return [];
        if (officers.Count > MaxOfficers)
        {
            errors.Add("officers", $"Paling banyak {MaxOfficers} petugas.");
            return [];
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
