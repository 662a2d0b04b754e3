namespace Chatbot.Dialogs.Recognizers;

/// <summary>
/// A date as understood from a citizen's words: one day, or for a vague answer ("minggu lalu", "awal bulan ini",
/// "agustus 2018") the range it covers, with the first day of the range as the best guess.
/// </summary>
public sealed record RecognizedDate(DateOnly Date, DateOnly From, DateOnly To)
{
    public bool IsExact => From == To;

    public static RecognizedDate Exact(DateOnly date) => new(date, date, date);

    /// <summary>A range, cut at today when it reaches past it ("awal bulan ini" on the 3rd is the 1st to the 3rd).</summary>
    public static RecognizedDate Range(DateOnly from, DateOnly to, DateOnly today)
    {
        if (from <= today && to > today) to = today;
        return new RecognizedDate(from, from, to);
    }
}
