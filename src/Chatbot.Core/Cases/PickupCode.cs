using System.Security.Cryptography;
using System.Text;
using Chatbot.Core.Codes;

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

    public static PickupCode New() => new(ShortCode.Random(Size));

    /// <summary>Accepts "k7mq2x", "K7M-Q2X", " k7m q2x ".</summary>
    public static bool TryParse(string? input, out PickupCode code)
    {
        var cleaned = ShortCode.Clean(input, Size);
        code = cleaned is null ? default : new PickupCode(cleaned);
        return cleaned is not null;
    }

    /// <summary>Whether what the counter typed is this code; compared in constant time.</summary>
    public bool Matches(string? typed) =>
        Value is not null && TryParse(typed, out var other)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Value), Encoding.ASCII.GetBytes(other.Value));
}
