using Chatbot.Core.Codes;

namespace Chatbot.Core.Activation;

/// <summary>
/// The code of one seat at an IKD activation session, shown as "IKD-K7MQ2X": the prefix keeps it apart from a case
/// code ("ABC-234") and an invitation code ("UND-…"). The officer at the session finds the booking by it.
/// </summary>
public readonly record struct BookingCode
{
    public const string Prefix = "IKD";
    private const int Size = 6;

    private BookingCode(string value) => Value = value;

    /// <summary>The six code characters without the prefix ("K7MQ2X"): what is stored.</summary>
    public string Value { get; }

    public override string ToString() => Value is null ? string.Empty : Prefix + "-" + Value;

    public static BookingCode New() => new(ShortCode.Random(Size));

    /// <summary>Accepts "IKD-K7MQ2X", "ikd k7mq2x", "K7MQ2X".</summary>
    public static bool TryParse(string? input, out BookingCode code)
    {
        var cleaned = ShortCode.Clean(input, Size, Prefix);
        code = cleaned is null ? default : new BookingCode(cleaned);
        return cleaned is not null;
    }
}
