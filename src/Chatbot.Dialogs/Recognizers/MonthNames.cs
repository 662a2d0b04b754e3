namespace Chatbot.Dialogs.Recognizers;

/// <summary>Indonesian and English month names with the abbreviations people write (Agt, Agst, Nop, Pebruari…), forgiving a typo in full names.</summary>
public static class MonthNames
{
    private static readonly Dictionary<string, int> Exact = new(StringComparer.Ordinal);
    private static readonly List<(string Name, int Month)> FullNames = [];

    static MonthNames()
    {
        Add(1, ["januari", "january"], ["jan", "janu"]);
        Add(2, ["februari", "february", "pebruari", "febuari"], ["feb", "peb", "febr", "pebr"]);
        Add(3, ["maret", "march"], ["mar", "mrt"]);
        Add(4, ["april"], ["apr"]);
        Add(5, ["mei", "may"], []);
        Add(6, ["juni", "june"], ["jun"]);
        Add(7, ["juli", "july"], ["jul"]);
        Add(8, ["agustus", "august"], ["agu", "agt", "agst", "ags", "agus", "aug", "agus"]);
        Add(9, ["september"], ["sep", "sept", "spt", "sept"]);
        Add(10, ["oktober", "october"], ["okt", "oct", "okto"]);
        Add(11, ["november", "nopember"], ["nov", "nop", "novr"]);
        Add(12, ["desember", "december"], ["des", "dec", "desm"]);
    }

    /// <summary>1-12 for a month word, already lower case without diacritics (see <see cref="TextNormalizer"/>).</summary>
    public static bool TryParse(string word, out int month)
    {
        if (Exact.TryGetValue(word, out month)) return true;
        month = 0;
        // Typos only in full names (5+ letters), and only when exactly one month is that close.
        if (word.Length < 5) return false;
        var close = FullNames.Where(n => EditDistance.IsClose(word, n.Name)).Select(n => n.Month).Distinct().ToList();
        if (close.Count != 1) return false;
        month = close[0];
        return true;
    }

    private static void Add(int month, string[] full, string[] abbreviations)
    {
        foreach (var name in full)
        {
            Exact[name] = month;
            FullNames.Add((name, month));
        }

        foreach (var abbreviation in abbreviations) Exact[abbreviation] = month;
    }
}
