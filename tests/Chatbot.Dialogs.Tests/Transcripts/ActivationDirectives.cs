using System.Globalization;
using Chatbot.Core.Activation;
using Chatbot.Core.Ports;
using Chatbot.Desk.Activation;
using Microsoft.Extensions.DependencyInjection;

namespace Chatbot.Dialogs.Tests.Transcripts;

/// <summary>
/// The office's side of IKD activation in a transcript: sessions and group bookings set up by name ("S1"), the desk's
/// actions (cancel, edit, remind now, due reminders) and the checks on seats and bookings. Sessions are created through
/// <see cref="ActivationDesk"/> as the console does, so their real ids are random; the transcript's names map to them.
/// </summary>
internal sealed class ActivationDirectives(IServiceProvider services, DateOnly firstDay)
{
    private const string Supervisor = "supervisor";
    private readonly Dictionary<string, string> sessionIds = new(StringComparer.Ordinal);

    private ActivationDesk Desk => services.GetRequiredService<ActivationDesk>();

    /// <summary>Sets up a session or a group; returns why it failed, or null.</summary>
    public async Task<string?> SetupAsync(TranscriptStep.Setup setup)
    {
        var args = Arguments(setup.Arguments);
        return setup.Kind switch
        {
            "session" => await CreateSessionAsync(setup.Name, args),
            "group" => await CreateGroupAsync(setup.Name, args),
            _ => $"unknown setup '@{setup.Kind}'",
        };
    }

    /// <summary>Runs an office action; returns why it failed, or null.</summary>
    public async Task<string?> ActAsync(TranscriptStep.OfficeAction action)
    {
        var words = action.Arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        var session = words.Length > 0 ? sessionIds.GetValueOrDefault(words[0]) : null;
        if (action.Action != "reminders" && session is null) return $"no session named '{(words.Length > 0 ? words[0] : string.Empty)}' (set it up with @session first)";
        SessionActionResult? result = action.Action switch
        {
            "cancel-session" => await Desk.CancelSessionAsync(session!, words.Length > 1 ? words[1] : "petugas berhalangan", Supervisor),
            "edit-session" => await EditAsync(session!, words.Length > 1 ? words[1] : string.Empty),
            "remind-now" => await Desk.RemindNowAsync(session!, Supervisor),
            "reminders" => null,
            _ => throw new InvalidOperationException($"unknown office action '{action.Action}' (cancel-session, edit-session, remind-now, or @reminders)"),
        };
        if (action.Action == "reminders") await Desk.SendDueRemindersAsync();
        return result is { Succeeded: false } ? $"@office {action.Action} was refused: {result.Outcome} ({result.Reason})" : null;
    }

    /// <summary>"@expect seats S1 49", "@expect booking Booked" (the newest booking of the phone, or "none"); null when it holds.</summary>
    public async Task<string?> ExpectAsync(string what, string value, string phone)
    {
        switch (what)
        {
            case "seats":
                var parts = value.Split(' ');
                var session = await services.GetRequiredService<IActivationSessions>().GetAsync(sessionIds.GetValueOrDefault(parts[0]) ?? parts[0]);
                return session?.SeatsLeft.ToString(CultureInfo.InvariantCulture) == parts[^1] ? null : $"session {parts[0]} has {session?.SeatsLeft.ToString(CultureInfo.InvariantCulture) ?? "no"} seats left, expected {parts[^1]}";
            case "booking":
                var newest = (await services.GetRequiredService<IActivationBookings>().ListForPhoneAsync(phone)).FirstOrDefault();
                var status = newest?.Status.ToString() ?? "none";
                return status == value ? null : $"the newest booking of {phone} is {status}, expected {value}";
            default:
                return $"unknown expectation '{what}'";
        }
    }

    public static bool Expects(string what) => what is "seats" or "booking";

    private async Task<string?> CreateSessionAsync(string name, Dictionary<string, string> args)
    {
        if (args.GetValueOrDefault("reserved") is { } reserved) await services.GetRequiredService<IInstitutions>().SaveAsync(new Institution(reserved, reserved));
        var (start, end) = Times(args);
        var area = args.GetValueOrDefault("area") ?? "ciwandan";
        var result = await Desk.CreateSessionAsync(new SessionDraft
        {
            AreaId = area,
            PlaceKind = SessionPlaceKind.Kecamatan,
            Place = Place(args) ?? "Aula Kecamatan " + char.ToUpperInvariant(area[0]) + area[1..],
            Date = Day(args),
            StartTime = start,
            EndTime = end,
            Officers = Enumerable.Range(1, int.Parse(args.GetValueOrDefault("officers") ?? "1", CultureInfo.InvariantCulture)).Select(i => "petugas" + i).ToList(),
            PeoplePerOfficer = args.TryGetValue("perOfficer", out var per) ? int.Parse(per, CultureInfo.InvariantCulture) : null,
            ReservedFor = args.GetValueOrDefault("reserved"),
        }, Supervisor);
        if (!result.Succeeded) return $"@session {name} was refused: {result.Outcome} ({result.Reason})";
        sessionIds[name] = result.Session!.Id;
        return null;
    }

    private async Task<string?> CreateGroupAsync(string code, Dictionary<string, string> args)
    {
        if (!InvitationCode.TryParse(code, out var invitation)) return $"'{code}' is not an invitation code";
        var institution = args.GetValueOrDefault("institution") ?? "pt-contoh";
        await services.GetRequiredService<IInstitutions>().SaveAsync(new Institution(institution, "PT " + institution));
        var (outcome, _) = await services.GetRequiredService<IGroupBookings>().CreateAsync(new GroupBooking
        {
            Code = invitation,
            SessionId = sessionIds.GetValueOrDefault(args.GetValueOrDefault("session") ?? string.Empty) ?? string.Empty,
            InstitutionId = institution,
            Unit = (args.GetValueOrDefault("unit") ?? "Bagian Umum").Replace('_', ' '),
            Coordinator = "koordinator",
            Seats = int.Parse(args.GetValueOrDefault("seats") ?? "1", CultureInfo.InvariantCulture),
            CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow(),
        });
        return outcome == GroupBookingOutcome.Done ? null : $"@group {code} was refused: {outcome}";
    }

    /// <summary>The session as it stands, with the changes of the edit ("date=+3d", "10:00-12:00", "place=…").</summary>
    private async Task<SessionActionResult> EditAsync(string sessionId, string arguments)
    {
        var args = Arguments(arguments);
        var current = (await services.GetRequiredService<IActivationSessions>().GetAsync(sessionId))!;
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
        var start = TimeZoneInfo.ConvertTime(current.StartsAt, zone);
        var end = TimeZoneInfo.ConvertTime(current.EndsAt, zone);
        var times = args.ContainsKey("times") ? Times(args) : (TimeOnly.FromDateTime(start.DateTime), TimeOnly.FromDateTime(end.DateTime));
        return await Desk.EditSessionAsync(sessionId, new SessionDraft
        {
            AreaId = current.AreaId,
            PlaceKind = current.PlaceKind,
            Place = Place(args) ?? current.Place,
            Date = args.ContainsKey("date") ? Day(args) : DateOnly.FromDateTime(start.DateTime),
            StartTime = times.Item1,
            EndTime = times.Item2,
            Officers = current.Officers,
            PeoplePerOfficer = current.PeoplePerOfficer,
            ReservedFor = current.ReservedFor,
        }, Supervisor);
    }

    /// <summary>"key=value" words; a word like "09:00-12:00" is the times.</summary>
    private static Dictionary<string, string> Arguments(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Contains('=', StringComparison.Ordinal) ? (Key: w.Split('=', 2)[0], Value: w.Split('=', 2)[1]) : (Key: "times", Value: w))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static string? Place(Dictionary<string, string> args) => args.GetValueOrDefault("place")?.Replace('_', ' ');

    /// <summary>"+2d": days after the transcript's first day; or "2026-03-04".</summary>
    private DateOnly Day(Dictionary<string, string> args)
    {
        var text = args.GetValueOrDefault("date") ?? "+1d";
        return text.StartsWith('+') ? firstDay.AddDays(int.Parse(text[1..^1], CultureInfo.InvariantCulture)) : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static (TimeOnly Start, TimeOnly End) Times(Dictionary<string, string> args)
    {
        var range = (args.GetValueOrDefault("times") ?? "09:00-12:00").Split('-');
        return (TimeOnly.ParseExact(range[0], "HH:mm", CultureInfo.InvariantCulture), TimeOnly.ParseExact(range[1], "HH:mm", CultureInfo.InvariantCulture));
    }
}
