namespace Chatbot.Dialogs.Recognizers;

/// <summary>Optimal string alignment distance: Levenshtein plus swapped neighbours ("pso" ~ "pos"), the commonest phone typo.</summary>
public static class EditDistance
{
    public static int Between(string a, string b) => a == b ? 0 : Between(a.AsSpan(), b.AsSpan());

    /// <summary>Three rolling rows instead of a matrix: runs on every word of every free-text turn, so it allocates nothing for words.</summary>
    public static int Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 512 ? stackalloc int[width * 3] : new int[width * 3];
        var beforePrevious = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = Math.Min(best, beforePrevious[j - 2] + 1);
                current[j] = best;
            }

            var spare = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = spare;
        }

        return previous[b.Length];
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
