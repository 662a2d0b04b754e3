using System.Globalization;
using System.Text.RegularExpressions;

namespace Chatbot.Dialogs.Recognizers;

/// <summary>"hari ini", "kemarin", "kemarin lusa", "besok", "lusa", "3 hari yang lalu", "seminggu lalu", "2 days ago", "in 3 days".</summary>
internal static partial class RelativeDates
{
    private static readonly Dictionary<string, int> Fixed = new(StringComparer.Ordinal)
    {
        ["hari ini"] = 0,
        ["today"] = 0,
        ["sekarang"] = 0,
        ["skrg"] = 0,
        ["kemarin"] = -1,
        ["kemaren"] = -1,
        ["kmrn"] = -1,
        ["kmarin"] = -1,
        ["yesterday"] = -1,
        ["kemarin lusa"] = -2,
        ["kemaren lusa"] = -2,
        ["lusa kemarin"] = -2,
        ["the day before yesterday"] = -2,
        ["besok"] = 1,
        ["besuk"] = 1,
        ["esok"] = 1,
        ["tomorrow"] = 1,
        ["lusa"] = 2,
        ["the day after tomorrow"] = 2,
    };

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["se"] = 1,
        ["satu"] = 1,
        ["a"] = 1,
        ["an"] = 1,
        ["one"] = 1,
        ["dua"] = 2,
        ["two"] = 2,
        ["tiga"] = 3,
        ["three"] = 3,
        ["empat"] = 4,
        ["four"] = 4,
        ["lima"] = 5,
        ["five"] = 5,
        ["enam"] = 6,
        ["six"] = 6,
        ["tujuh"] = 7,
        ["seven"] = 7,
    };

    private static readonly HashSet<string> PastWords = ["kemarin", "kemaren", "kmrn", "kmarin", "lalu", "kemarennya", "last", "past"];

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["senin"] = DayOfWeek.Monday,
        ["selasa"] = DayOfWeek.Tuesday,
        ["rabu"] = DayOfWeek.Wednesday,
        ["kamis"] = DayOfWeek.Thursday,
        ["jumat"] = DayOfWeek.Friday,
        ["sabtu"] = DayOfWeek.Saturday,
        ["minggu"] = DayOfWeek.Sunday,
        ["ahad"] = DayOfWeek.Sunday,
        ["monday"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    };

    /// <summary>"kemarin", "lalu", "last": after a weekday or a day number it means the most recent one before today.</summary>
    public static bool IsPastWord(string word) => PastWords.Contains(word);

    /// <summary>"senin kemarin", "hari senin lalu", "last monday": the most recent such weekday before today.</summary>
    public static bool TryPastWeekday(string[] words, DateOnly today, out DateOnly date)
    {
        date = default;
        var meaningful = words.Where(w => w is not ("hari" or "pada" or "on" or "yang" or "yg")).ToArray();
        if (meaningful.Length != 2) return false;
        var (day, past) = Weekdays.ContainsKey(meaningful[0]) ? (meaningful[0], meaningful[1]) : (meaningful[1], meaningful[0]);
        if (!Weekdays.TryGetValue(day, out var weekday) || !IsPastWord(past)) return false;
        var back = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
        date = today.AddDays(back == 0 ? -7 : -back);
        return true;
    }

    /// <summary>"tgl 5 kmrn": the most recent 5th before today (this month's once it is past, else last month's).</summary>
    public static bool TryPastDayOfMonth(int day, DateOnly today, out DateOnly date)
    {
        date = default;
        if (day is < 1 or > 31) return false;
        var month = new DateOnly(today.Year, today.Month, 1);
        for (var i = 0; i < 3; i++, month = month.AddMonths(-1))
        {
            if (day > DateTime.DaysInMonth(month.Year, month.Month)) continue;
            var candidate = new DateOnly(month.Year, month.Month, day);
            if (candidate >= today) continue;
            date = candidate;
            return true;
        }

        return false;
    }

    public static bool TryRecognize(string normalized, DateOnly today, out DateOnly date)
    {
        date = default;
        if (Fixed.TryGetValue(normalized, out var days))
        {
            date = today.AddDays(days);
            return true;
        }

        var match = AgoPattern().Match(normalized);
        var sign = -1;
        if (!match.Success)
        {
            match = AheadPattern().Match(normalized);
            sign = 1;
        }

        if (!match.Success) return false;
        var n = ParseCount(match.Groups["n"].Value);
        if (n is null or > 1200) return false;
        var amount = sign * n.Value;
        date = match.Groups["unit"].Value switch
        {
            "hari" or "day" or "days" => today.AddDays(amount),
            "minggu" or "pekan" or "week" or "weeks" => today.AddDays(7 * amount),
            "bulan" or "month" or "months" => today.AddMonths(amount),
            _ => today.AddYears(amount),
        };
        return true;
    }

    private static int? ParseCount(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : NumberWords.TryGetValue(text, out var w) ? w
        : null;

    private const string Count = @"(?<n>\d+|se|satu|dua|tiga|empat|lima|enam|tujuh|a|an|one|two|three|four|five|six|seven)";
    private const string Unit = @" ?(?<unit>hari|minggu|pekan|bulan|tahun|day|days|week|weeks|month|months|year|years)";

    // "3 hari yang lalu", "2 hari lalu", "seminggu yg lalu", "sebulan lalu", "2 days ago", "a week ago".
    [GeneratedRegex("^" + Count + Unit + @" (?:(?:yang|yg) )?(?:lalu|ago|sebelumnya|kemarin)$", RegexOptions.CultureInvariant)]
    private static partial Regex AgoPattern();

    // "3 hari lagi", "in 3 days", "3 days from now"; a bare "3 hari" is a duration, not a date.
    [GeneratedRegex("^(?:in " + Count + Unit + "|" + Count + Unit + " (?:lagi|from now|kemudian))$", RegexOptions.CultureInvariant)]
    private static partial Regex AheadPattern();
}
