using System.Globalization;

namespace Chatbot.Dialogs.Catalog;

/// <summary>Parses a day's hours: "closed", "08:00-16:00" or "08:00-12:00, 13:00-16:00" (ranges in order, not overlapping).</summary>
public static class WorkingHoursText
{
    private static readonly string[] ClosedWords = ["closed", "tutup", "libur", "-", ""];

    public static bool TryParse(string? text, out IReadOnlyList<TimeRange> ranges, out string error)
    {
        ranges = [];
        error = string.Empty;
        var trimmed = (text ?? string.Empty).Trim();
        if (ClosedWords.Contains(trimmed.ToLowerInvariant())) return true;
        var list = new List<TimeRange>();
        foreach (var part in trimmed.Split(',', StringSplitOptions.TrimEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length != 2 || !TryTime(ends[0], out var start) || !TryTime(ends[1], out var end))
            {
                error = $"'{part}' is not a time range; write \"08:00-16:00\", several separated by commas, or \"closed\"";
                return false;
            }

            if (end <= start)
            {
                error = $"'{part}' ends before it starts";
                return false;
            }

            if (list.Count > 0 && start < list[^1].End)
            {
                error = $"'{part}' overlaps or comes before the range before it";
                return false;
            }

            list.Add(new TimeRange(start, end));
        }

        ranges = list;
        return true;
    }

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.Replace('.', ':'), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
