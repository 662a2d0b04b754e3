using System.Security.Cryptography;

namespace Chatbot.Core.Cases;

/// <summary>
/// A short code a citizen can read out at the counter: 6 characters from an alphabet without look-alikes
/// (no 0/O, 1/I/L), shown as ABC-234. About 700 million codes, random so that codes cannot be guessed in order.
/// </summary>
public readonly record struct CaseCode
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int Size = 6;

    private CaseCode(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value is null ? string.Empty : Value[..3] + "-" + Value[3..];

    public static CaseCode New()
    {
        Span<char> chars = stackalloc char[Size];
        for (var i = 0; i < Size; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new CaseCode(new string(chars));
    }

    /// <summary>Accepts "abc-234", "ABC234", " abc 234 ".</summary>
    public static bool TryParse(string? input, out CaseCode code)
    {
        code = default;
        var cleaned = new string((input ?? string.Empty).Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant).ToArray());
        if (cleaned.Length != Size || cleaned.Any(c => !Alphabet.Contains(c))) return false;
        code = new CaseCode(cleaned);
        return true;
    }
}
