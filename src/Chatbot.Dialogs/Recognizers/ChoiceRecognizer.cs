using System.Globalization;

namespace Chatbot.Dialogs.Recognizers;

/// <summary>
/// Finds which of a list of choices a citizen meant: by button payload, by number ("2", "2.", "nomor 2", "yang kedua"),
/// by the choice's words or synonyms, forgiving case, diacritics, emoji and small typos. Ambiguous answers give null,
/// so that the bot asks again instead of guessing.
/// </summary>
public static class ChoiceRecognizer
{
    // Words around a number or a choice that carry no choice of their own ("saya pilih nomor 2").
    private static readonly HashSet<string> Filler =
    [
        "saya", "aku", "sy", "mau", "ingin", "pilih", "memilih", "pilihan", "yang", "yg", "ke", "nomor", "nomer", "no", "nmr",
        "angka", "opsi", "dong", "aja", "saja", "deh", "tolong", "mohon", "itu",
        "i", "choose", "pick", "want", "the", "option", "number", "num", "please", "one",
    ];

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["satu"] = 1,
        ["pertama"] = 1,
        ["first"] = 1,
        ["dua"] = 2,
        ["kedua"] = 2,
        ["two"] = 2,
        ["second"] = 2,
        ["tiga"] = 3,
        ["ketiga"] = 3,
        ["three"] = 3,
        ["third"] = 3,
        ["empat"] = 4,
        ["keempat"] = 4,
        ["four"] = 4,
        ["fourth"] = 4,
        ["lima"] = 5,
        ["kelima"] = 5,
        ["five"] = 5,
        ["fifth"] = 5,
        ["enam"] = 6,
        ["keenam"] = 6,
        ["six"] = 6,
        ["sixth"] = 6,
        ["tujuh"] = 7,
        ["ketujuh"] = 7,
        ["seven"] = 7,
        ["seventh"] = 7,
        ["delapan"] = 8,
        ["kedelapan"] = 8,
        ["eight"] = 8,
        ["eighth"] = 8,
        ["sembilan"] = 9,
        ["kesembilan"] = 9,
        ["nine"] = 9,
        ["ninth"] = 9,
    };

    private const double AmbiguityMargin = 0.1;

    /// <summary>A tapped button: its payload is the choice's value (any case) or its 1-based number.</summary>
    public static FoundChoice? RecognizePayload(string? payload, IReadOnlyList<Choice> choices)
    {
        if (string.IsNullOrWhiteSpace(payload)) return null;
        for (var i = 0; i < choices.Count; i++)
        {
            if (string.Equals(choices[i].Value, payload.Trim(), StringComparison.OrdinalIgnoreCase)) return Found(choices, i, 1.0, null);
        }

        return int.TryParse(payload.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= choices.Count
            ? Found(choices, n - 1, 1.0, null)
            : null;
    }

    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var tokens = TextNormalizer.Tokens(text);
        if (tokens.Length == 0 || choices.Count == 0) return null;
        var normalized = string.Join(' ', tokens);

        // 1. Exact word match beats a number, so that a choice named "2 orang" still works.
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var candidate in Candidates(choices[i]))
            {
                if (candidate.Normalized == normalized) return Found(choices, i, 1.0, candidate.Original);
            }
        }

        // 2. By number or ordinal word.
        if (ByNumber(tokens, choices.Count) is { } index) return Found(choices, index, 1.0, null);

        // 3. Typos and choice words inside a longer message: the single best match, or none.
        return BestFuzzy(normalized, tokens, choices);
    }

    private static int? ByNumber(string[] tokens, int count)
    {
        int? number = null;
        foreach (var token in tokens)
        {
            int value;
            if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) value = n;
            else if (Ordinals.TryGetValue(token, out var o)) value = o;
            else if (Filler.Contains(token)) continue;
            else return null;

            if (number is not null) return null;
            number = value;
        }

        return number is >= 1 && number <= count ? number - 1 : null;
    }

    private static FoundChoice? BestFuzzy(string normalized, string[] tokens, IReadOnlyList<Choice> choices)
    {
        var meaningful = tokens.Where(t => !Filler.Contains(t)).ToArray();
        var scored = new List<(int Index, double Score, string Synonym)>();
        for (var i = 0; i < choices.Count; i++)
        {
            var best = Candidates(choices[i])
                .Select(c => (Index: i, Score: Score(normalized, meaningful, c.Normalized), Synonym: c.Original))
                .MaxBy(c => c.Score);
            if (best.Score > 0) scored.Add(best);
        }

        if (scored.Count == 0) return null;
        var ranked = scored.OrderByDescending(c => c.Score).ToList();
        // Two choices about as likely ("kantor" for "kantor pos" and "ambil di kantor"): ask again rather than guess.
        if (ranked.Count > 1 && ranked[0].Score - ranked[1].Score < AmbiguityMargin) return null;
        return Found(choices, ranked[0].Index, ranked[0].Score, ranked[0].Synonym);
    }

    private static double Score(string text, string[] meaningful, string candidate)
    {
        var distance = Math.Min(
            EditDistance.Between(text, candidate),
            EditDistance.Between(TextNormalizer.CollapseRepeats(text), TextNormalizer.CollapseRepeats(candidate)));
        if (distance <= EditDistance.Tolerance(candidate.Length)) return 0.9 - (0.05 * distance);
        if (meaningful.Length == 0) return 0;

        var words = candidate.Split(' ');
        // The whole choice appears in the message ("saya mau ambil di kantor" for "ambil di kantor").
        if (ContainsRun(meaningful, words)) return 0.5 + (0.3 * words.Length / meaningful.Length);
        // The message is part of the choice ("pos" for "kirim lewat pos").
        var matched = meaningful.Count(t => words.Any(w => TokenMatches(t, w)));
        return matched == meaningful.Length ? 0.2 + (0.3 * matched / words.Length) : 0;
    }

    private static bool ContainsRun(string[] tokens, string[] words)
    {
        for (var start = 0; start + words.Length <= tokens.Length; start++)
        {
            var all = true;
            for (var k = 0; k < words.Length && all; k++) all = TokenMatches(tokens[start + k], words[k]);
            if (all) return true;
        }

        return false;
    }

    private static bool TokenMatches(string typed, string word) => typed == word || EditDistance.IsClose(typed, word);

    private static IEnumerable<(string Original, string Normalized)> Candidates(Choice choice)
    {
        foreach (var s in (choice.Synonyms ?? []).Prepend(choice.Value))
        {
            var n = TextNormalizer.Normalize(s);
            if (n.Length > 0) yield return (s, n);
        }
    }

    private static FoundChoice Found(IReadOnlyList<Choice> choices, int index, double score, string? synonym) =>
        new(choices[index].Value, index, score, synonym);
}
