using System.Globalization;

namespace Chatbot.Dialogs.Tests.Transcripts;

/// <summary>
/// A conversation kept in dialogs/transcripts/*.transcript: what the citizen types ("> "), what the bot must answer
/// ("&lt; "), and directives ("@"). A bot message spanning lines is written with continuation lines starting "| ".
/// </summary>
public sealed record TranscriptFile(string Name, string Title, DateTimeOffset Start, IReadOnlyList<TranscriptStep> Steps)
{
    public static TranscriptFile Load(string path) => Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllLines(path));

    public static TranscriptFile Parse(string name, IReadOnlyList<string> lines)
    {
        var steps = new List<TranscriptStep>();
        var title = name;
        var start = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));
        for (var i = 0; i < lines.Count; i++)
        {
            var number = i + 1;
            var line = lines[i].TrimEnd();
            if (line.Length == 0) continue;
            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                if (steps.Count == 0 && title == name) title = line[2..];
                continue;
            }

            if (line.StartsWith("| ", StringComparison.Ordinal) || line == "|")
            {
                if (steps.Count == 0 || steps[^1] is not TranscriptStep.BotSays previous)
                    throw Error(name, number, "a continuation line must follow a bot line");
                steps[^1] = previous with { Glob = previous.Glob + "\n" + (line.Length > 2 ? line[2..] : string.Empty) };
                continue;
            }

            steps.Add(ParseLine(name, number, line, ref start, steps.Count == 0));
        }

        return new TranscriptFile(name, title, start, steps);
    }

    private static TranscriptStep ParseLine(string name, int number, string line, ref DateTimeOffset start, bool first)
    {
        if (line.StartsWith("> ", StringComparison.Ordinal)) return new TranscriptStep.Says(number, line[2..]);
        if (line.StartsWith("< ", StringComparison.Ordinal)) return new TranscriptStep.BotSays(number, line[2..]);
        var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        switch (parts[0])
        {
            case ">photo" when parts.Length >= 3:
                var rest = parts[2].Split(' ', 2);
                return new TranscriptStep.SendsMedia(number, parts[1], long.Parse(rest[0], CultureInfo.InvariantCulture), rest.Length > 1 ? rest[1] : string.Empty);
            case ">location" when parts.Length == 2:
                var xy = parts[1].Split(',');
                return new TranscriptStep.SendsLocation(number, double.Parse(xy[0], CultureInfo.InvariantCulture), double.Parse(xy[1], CultureInfo.InvariantCulture));
            case "@start" when parts.Length >= 2 && first:
                start = DateTimeOffset.Parse(string.Join(' ', parts[1..]), CultureInfo.InvariantCulture);
                return new TranscriptStep.Wait(number, TimeSpan.Zero);
            case "@wait" when parts.Length == 2:
                return new TranscriptStep.Wait(number, ParseDuration(name, number, parts[1]));
            case "@from" when parts.Length >= 2:
                return new TranscriptStep.From(number, parts[1], parts.Length > 2 ? parts[2] : "Warga");
            case "@repeat":
                return new TranscriptStep.Repeat(number);
            case "@expect" when parts.Length == 3:
                return new TranscriptStep.Expect(number, parts[1], parts[2]);
            case "@case" when parts.Length >= 2:
                return new TranscriptStep.CaseAction(number, parts[1], parts.Length > 2 ? parts[2] : null);
            case "@window" when parts.Length == 2 && parts[1] == "closed":
                return new TranscriptStep.WindowClosed(number);
            case "@session" or "@group" when parts.Length == 3:
                return new TranscriptStep.Setup(number, parts[0][1..], parts[1], parts[2]);
            case "@office" when parts.Length >= 3:
                return new TranscriptStep.OfficeAction(number, parts[1], parts[2]);
            case "@reminders" when parts.Length == 1:
                return new TranscriptStep.OfficeAction(number, "reminders", string.Empty);
            default:
                throw Error(name, number, $"cannot read '{line}'");
        }
    }

    private static TimeSpan ParseDuration(string name, int number, string text)
    {
        var value = double.Parse(text[..^1], CultureInfo.InvariantCulture);
        return text[^1] switch
        {
            'm' => TimeSpan.FromMinutes(value),
            'h' => TimeSpan.FromHours(value),
            'd' => TimeSpan.FromDays(value),
            _ => throw Error(name, number, $"duration '{text}' needs m, h or d"),
        };
    }

    private static FormatException Error(string name, int line, string reason) => new($"{name}.transcript line {line}: {reason}");
}
