namespace Chatbot.Dialogs.Recognizers;

/// <summary>Optimal string alignment distance: Levenshtein plus swapped neighbours ("pso" ~ "pos"), the commonest phone typo.</summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        if (a == b) return 0;
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = Math.Min(best, d[i - 2, j - 2] + 1);
                d[i, j] = best;
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>How many typos a word of this length may carry and still be recognised: none for 1-2 letters, 1 up to 7, then 2.</summary>
    public static int Tolerance(int length) => length switch
    {
        <= 2 => 0,
        <= 7 => 1,
        _ => 2,
    };

    public static bool IsClose(string typed, string expected) =>
        Between(typed, expected) <= Tolerance(expected.Length);
}
