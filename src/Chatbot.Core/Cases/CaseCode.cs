using Chatbot.Core.Codes;

namespace Chatbot.Core.Cases;

/// <summary>
/// A short code a citizen can read out at the counter: 6 characters from an alphabet without look-alikes
/// (no 0/O, 1/I/L), shown as ABC-234. About 700 million codes, random so that codes cannot be guessed in order.
/// </summary>
public readonly record struct CaseCode
{
    public const string Alphabet = ShortCode.Alphabet;
    private const int Size = 6;

    private CaseCode(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value is null ? string.Empty : Value[..3] + "-" + Value[3..];

    public static CaseCode New() => new(ShortCode.Random(Size));

    /// <summary>Accepts "abc-234", "ABC234", " abc 234 ".</summary>
    public static bool TryParse(string? input, out CaseCode code)
    {
        var cleaned = ShortCode.Clean(input, Size);
        code = cleaned is null ? default : new CaseCode(cleaned);
        return cleaned is not null;
    }
}
