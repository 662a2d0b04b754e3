namespace Chatbot.Dialogs.Recognizers;

/// <summary>
/// Yes or no in Indonesian (with chat spellings: iy, gk, nggak, enggak) and English. Among the first three words the
/// first that means yes or no decides ("tidak setuju" is no); null when none does. Emoji and punctuation are ignored;
/// 👍/👎 count.
/// </summary>
public static class YesNoRecognizer
{
    private static readonly HashSet<string> Yes = Collapsed(
    [
        "ya", "iya", "iy", "y", "yes", "ok", "oke", "okey", "okay", "okai", "oce", "setuju", "betul", "benar", "bener", "boleh",
        "sip", "siap", "baik", "yoi", "yup", "yep", "yeah", "yea", "sure", "correct", "right", "agree", "lanjut", "yaa", "hooh",
        "sudah", "udah", "sdh", "punya", "pernah", // "sudah menikah?", "punya HP sendiri?": the answer repeats the verb
    ]);

    private static readonly HashSet<string> No = Collapsed(
    [
        "tidak", "tdk", "gak", "ga", "gk", "g", "nggak", "ngga", "enggak", "engga", "ndak", "nda", "tak", "kagak", "no", "n", "nope",
        "nah", "not", "jangan", "tolak", "bukan", "salah", "belum", "blm", "wrong", "disagree",
    ]);

    public static bool? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // Thumbs are the commonest WhatsApp answer; the normalizer would drop them as symbols.
        if (text.Contains("\U0001F44D", StringComparison.Ordinal)) return true;
        if (text.Contains("\U0001F44E", StringComparison.Ordinal)) return false;
        // Only the opening words: in a long message a stray "tidak" is more likely a question than an answer.
        foreach (var token in TextNormalizer.Tokens(text).Take(3))
        {
            var word = TextNormalizer.CollapseRepeats(token);
            if (No.Contains(word)) return false;
            if (Yes.Contains(word)) return true;
        }

        return null;
    }

    private static HashSet<string> Collapsed(string[] words) => words.Select(TextNormalizer.CollapseRepeats).ToHashSet(StringComparer.Ordinal);
}
