using System.Globalization;
using System.Text;

namespace Chatbot.Dialogs.Recognizers;

/// <summary>
/// Reads a calendar date as Indonesians write it, always day first: "17/08/2024", "17-8-24", "17.08.2024",
/// "2024-08-17", "17 Agustus 2024", "17 agst 24", "August 17, 2024", "17082024", "28 feb", "5/3", relative words ("kemarin",
/// "3 hari yang lalu", "2 days ago", "senin kemarin", "tgl 5 kmrn"), and vague ones as a range ("minggu lalu",
/// "awal bulan ini"). Two-digit years are 20xx unless that is more than a year ahead. Impossible dates (31/02) are
/// refused, never rolled over.
/// </summary>
public static class IndonesianDateRecognizer
{
    // Words around a date that say nothing about it ("tanggal 17 bulan 8 tahun 2024", "Senin, 17 Agustus").
    private static readonly HashSet<string> Noise =
    [
        "tanggal", "tgl", "tg", "bulan", "bln", "tahun", "thn", "th", "st", "nd", "rd", "of", "the", "on", "pada", "hari", "tahunnya",
        "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ];

    /// <summary>One exact day; vague answers ("minggu lalu", "agustus 2018") are refused here (see <see cref="Recognize"/>).</summary>
    public static bool TryRecognize(string text, DateOnly today, out DateOnly date)
    {
        var recognized = Recognize(text, today);
        date = recognized is { IsExact: true } ? recognized.Date : default;
        return recognized is { IsExact: true };
    }

    /// <summary>
    /// The day, or for a vague answer the range it covers (see <see cref="VagueDates"/>). A day and month without a
    /// year ("28 feb", "5/3") is the most recent such date up to today: the dates citizens are asked are of past events.
    /// </summary>
    public static RecognizedDate? Recognize(string? text, DateOnly today)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0) return null;
        if (RelativeDates.TryRecognize(normalized, today, out var date)) return RecognizedDate.Exact(date);

        var words = SplitDigitsFromLetters(normalized).ToArray();
        if (VagueDates.Recognize(words, today) is { } vague) return vague;
        if (RelativeDates.TryPastWeekday(words, today, out date)) return RecognizedDate.Exact(date);

        var tokens = words.Where(t => !Noise.Contains(t)).ToArray();
        if (tokens.Length == 1 && VagueDates.Year(tokens[0], today) is { } year) return year;
        if (tokens.Length == 2 && MonthNames.TryParse(tokens[0], out var month) && IsNumber(tokens[1]) && tokens[1].Length == 4)
        {
            return VagueDates.Month(month, int.Parse(tokens[1], CultureInfo.InvariantCulture), today);
        }

        // "tgl 5 kmrn", "5 kemarin".
        if (tokens.Length == 2 && IsNumber(tokens[0]) && tokens[0].Length <= 2 && RelativeDates.IsPastWord(tokens[1]))
        {
            return RelativeDates.TryPastDayOfMonth(int.Parse(tokens[0], CultureInfo.InvariantCulture), today, out date) ? RecognizedDate.Exact(date) : null;
        }

        var found = tokens.Length switch
        {
            1 => TryCompact(tokens[0], today, out date),
            2 => TryDayMonth(tokens, today, out date),
            3 => TryFull(tokens, today, out date),
            _ => false,
        };
        return found ? RecognizedDate.Exact(date) : null;
    }

    // "17082024" or "170824": what a citizen types when the keyboard has no slash handy.
    private static bool TryCompact(string token, DateOnly today, out DateOnly date)
    {
        date = default;
        if (!IsNumber(token) || token.Length is not (6 or 8)) return false;
        return TryBuild(token[..2], token[2..4], token[4..], today, out date);
    }

    // "17 Agustus", "August 17" or "5/3" (day first): the most recent such date up to today.
    private static bool TryDayMonth(string[] t, DateOnly today, out DateOnly date)
    {
        date = default;
        int month;
        string day;
        if (IsNumber(t[0]) && MonthNames.TryParse(t[1], out var m1)) (day, month) = (t[0], m1);
        else if (MonthNames.TryParse(t[0], out var m2) && IsNumber(t[1])) (day, month) = (t[1], m2);
        else if (IsNumber(t[0]) && IsNumber(t[1]) && t[1].Length <= 2) (day, month) = (t[0], int.Parse(t[1], CultureInfo.InvariantCulture));
        else return false;

        // 29 February ahead of today goes back to the last leap year.
        for (var year = today.Year; year >= today.Year - 8; year--)
        {
            if (TryBuild(day, month, year.ToString(CultureInfo.InvariantCulture), today, out date) && date <= today) return true;
            if (day.Length > 2 || month is < 1 or > 12 || int.Parse(day, CultureInfo.InvariantCulture) is < 1 or > 31) return false;
        }

        return false;
    }

    private static bool TryFull(string[] t, DateOnly today, out DateOnly date)
    {
        date = default;
        if (IsNumber(t[0]) && IsNumber(t[1]) && IsNumber(t[2]))
        {
            // A leading four-digit year is ISO (2024-08-17); otherwise day first, never month first.
            return t[0].Length == 4
                ? TryBuild(t[2], t[1], t[0], today, out date)
                : TryBuild(t[0], t[1], t[2], today, out date);
        }

        if (IsNumber(t[0]) && MonthNames.TryParse(t[1], out var m1) && IsNumber(t[2])) return TryBuild(t[0], m1, t[2], today, out date);
        if (MonthNames.TryParse(t[0], out var m2) && IsNumber(t[1]) && IsNumber(t[2])) return TryBuild(t[1], m2, t[2], today, out date);
        return false;
    }

    private static bool TryBuild(string day, string month, string year, DateOnly today, out DateOnly date)
    {
        date = default;
        return month.Length <= 2 && TryBuild(day, int.Parse(month, CultureInfo.InvariantCulture), year, today, out date);
    }

    private static bool TryBuild(string day, int month, string year, DateOnly today, out DateOnly date)
    {
        date = default;
        if (day.Length > 2 || year.Length is not (2 or 4)) return false;
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        if (year.Length == 2)
        {
            // 20xx unless that is more than a year ahead (a birth year "85" is 1985).
            y += 2000;
            if (IsValid(y, month, d) && new DateOnly(y, month, d) > today.AddYears(1)) y -= 100;
            if (!IsValid(y, month, d)) return false;
            date = new DateOnly(y, month, d);
            return true;
        }

        if (y < 1900 || y > today.Year + 100 || !IsValid(y, month, d)) return false;
        date = new DateOnly(y, month, d);
        return true;
    }

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static bool IsNumber(string token) => token.Length > 0 && token.All(char.IsAsciiDigit);

    // "17agustus2024" → "17 agustus 2024"; "17th" → "17 th".
    private static IEnumerable<string> SplitDigitsFromLetters(string normalized)
    {
        var sb = new StringBuilder(normalized.Length + 4);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (i > 0 && c != ' ' && normalized[i - 1] != ' ' && char.IsAsciiDigit(c) != char.IsAsciiDigit(normalized[i - 1])) sb.Append(' ');
            sb.Append(c);
        }

        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
