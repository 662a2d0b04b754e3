using System.Security.Cryptography;
using System.Text;

namespace Chatbot.Core.Cases;

/// <summary>
/// The code a citizen shows at the counter to collect a printed e-KTP: 6 characters from <see cref="CaseCode.Alphabet"/>
/// (no look-alikes), random so that it cannot be guessed from the case code. Written without a dash ("K7MQ2X") so that
/// it is not mistaken for the case code ("ABC-234").
/// </summary>
public readonly record struct PickupCode
{
    private const int Size = 6;

    private PickupCode(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value ?? string.Empty;

    public static PickupCode New()
    {
        Span<char> chars = stackalloc char[Size];
        for (var i = 0; i < Size; i++) chars[i] = CaseCode.Alphabet[RandomNumberGenerator.GetInt32(CaseCode.Alphabet.Length)];
        return new PickupCode(new string(chars));
    }

    /// <summary>Accepts "k7mq2x", "K7M-Q2X", " k7m q2x ".</summary>
    public static bool TryParse(string? input, out PickupCode code)
    {
        code = default;
        var cleaned = new string((input ?? string.Empty).Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant).ToArray());
        if (cleaned.Length != Size || cleaned.Any(c => !CaseCode.Alphabet.Contains(c))) return false;
        code = new PickupCode(cleaned);
        return true;
    }

    /// <summary>Whether what the counter typed is this code; compared in constant time.</summary>
    public bool Matches(string? typed) =>
        Value is not null && TryParse(typed, out var other)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Value), Encoding.ASCII.GetBytes(other.Value));
}
