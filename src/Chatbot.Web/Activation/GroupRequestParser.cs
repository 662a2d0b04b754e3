using Chatbot.Core.Activation;
using Chatbot.Core.Identity;

namespace Chatbot.Web.Activation;

/// <summary>Checks a <see cref="GroupRequest"/>'s own fields (the session, the institution and the seats left are the store's to judge).</summary>
public static class GroupRequestParser
{
    public const int MaxUnitLength = 100;
    public const int MaxSeats = 2000;
    public const int MaxRoster = 5000;
    public const int MaxNameLength = 100;

    public static (string SessionId, string Unit, int Seats, IReadOnlyList<RosterMember> Roster)? Parse(GroupRequest? request, DateOnly today, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (request is null)
        {
            errors.Add("body", "Isi permintaan (JSON) tidak ada.");
            return null;
        }

        var sessionId = TextField.Required(request.SessionId, "sessionId", 20, errors);
        var unit = TextField.Required(request.Unit, "unit", MaxUnitLength, errors);
        if (request.Seats is not (>= 1 and <= MaxSeats)) errors.Add("seats", $"Jumlah kursi antara 1 dan {MaxSeats}.");
        var roster = Roster(request.Roster, today, errors);
        return errors.Any ? null : (sessionId!, unit!, request.Seats!.Value, roster);
    }

    private static List<RosterMember> Roster(IReadOnlyList<RosterMemberRequest?>? members, DateOnly today, FieldErrors errors)
    {
        var roster = new List<RosterMember>();
        if (members is null) return roster;
        if (members.Count > MaxRoster)
        {
            errors.Add("roster", $"Paling banyak {MaxRoster} orang.");
            return roster;
        }

        var niks = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
        {
            var name = TextField.Required(members[i]?.Name, $"roster[{i}].name", MaxNameLength, errors);
            Nik? nik = null;
            if (!string.IsNullOrWhiteSpace(members[i]?.Nik))
            {
                if (!Nik.TryParse(members[i]!.Nik, today, out var parsed, out _)) errors.Add($"roster[{i}].nik", "NIK tidak sah.");
                else if (!niks.Add(parsed.Value)) errors.Add($"roster[{i}].nik", "NIK disebut dua kali.");
                else nik = parsed;
            }

            if (name is not null) roster.Add(new RosterMember(name, nik));
        }

        return roster;
    }
}
