namespace Chatbot.Dialogs.Recognizers;

/// <summary>
/// Answers that name a stretch of time, not a day: "minggu lalu" (Monday to Sunday of last week), "awal / pertengahan /
/// akhir bulan ini|lalu" (1st-10th, 11th-20th, 21st-last), "bulan lalu", "agustus 2018", "tahun 2018".
/// </summary>
internal static class VagueDates
{
    private static readonly HashSet<string> Past = ["lalu", "kemarin", "kemaren", "kmrn", "kmarin", "sebelumnya", "last"];
    private static readonly HashSet<string> This = ["ini", "this"];

    public static RecognizedDate? Recognize(string[] words, DateOnly today)
    {
        var text = string.Join(' ', words);
        if (text is "minggu lalu" or "minggu kemarin" or "minggu kmrn" or "pekan lalu" or "last week" or "minggu yang lalu" or "minggu yg lalu")
        {
            var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - 7);
            return RecognizedDate.Range(monday, monday.AddDays(6), today);
        }

        // [awal|tengah|pertengahan|akhir] bulan [ini|lalu]
        var part = words.Length > 0 ? words[0] switch
        {
            "awal" or "early" => 1,
            "tengah" or "pertengahan" or "mid" => 2,
            "akhir" or "end" or "late" => 3,
            _ => 0,
        } : 0;
        var rest = part == 0 ? words : words[1..];
        if (rest.Length == 2 && rest[0] is "bulan" or "bln" or "month" && (Past.Contains(rest[1]) || This.Contains(rest[1])))
        {
            var first = new DateOnly(today.Year, today.Month, 1);
            if (Past.Contains(rest[1])) first = first.AddMonths(-1);
            return Part(first, part, today);
        }

        return null;
    }

    /// <summary>"agustus 2018" (month and four-digit year).</summary>
    public static RecognizedDate? Month(int month, int year, DateOnly today) =>
        year is >= 1900 && year <= today.Year + 100 ? Part(new DateOnly(year, month, 1), 0, today) : null;

    /// <summary>"tahun 2018", "2018".</summary>
    public static RecognizedDate? Year(string token, DateOnly today) =>
        token.Length == 4 && int.TryParse(token, out var year) && year >= 1900 && year <= today.Year
            ? RecognizedDate.Range(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), today)
            : null;

    private static RecognizedDate Part(DateOnly first, int part, DateOnly today)
    {
        var last = first.AddMonths(1).AddDays(-1);
        return part switch
        {
            1 => RecognizedDate.Range(first, first.AddDays(9), today),
            2 => RecognizedDate.Range(first.AddDays(10), first.AddDays(19), today),
            3 => RecognizedDate.Range(first.AddDays(20), last, today),
            _ => RecognizedDate.Range(first, last, today),
        };
    }
}
