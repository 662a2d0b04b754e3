using Chatbot.Core.Codes;

namespace Chatbot.Core.Activation;

/// <summary>
/// The code a coordinator hands to the people of their unit ("UND-4KX9PZ", <i>undangan</i>): whoever sends it on
/// WhatsApp claims one of the seats the coordinator booked. Random, so that outsiders cannot guess a company's seats.
/// </summary>
public readonly record struct InvitationCode
{
    public const string Prefix = "UND";
    private const int Size = 6;

    private InvitationCode(string value) => Value = value;

    /// <summary>The six code characters without the prefix: what is stored.</summary>
    public string Value { get; }

    public override string ToString() => Value is null ? string.Empty : Prefix + "-" + Value;

    public static InvitationCode New() => new(ShortCode.Random(Size));

    /// <summary>Accepts "UND-4KX9PZ", "und 4kx9pz", "4KX9PZ".</summary>
    public static bool TryParse(string? input, out InvitationCode code)
    {
        var cleaned = ShortCode.Clean(input, Size, Prefix);
        code = cleaned is null ? default : new InvitationCode(cleaned);
        return cleaned is not null;
    }
}
