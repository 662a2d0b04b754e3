using System.Security.Cryptography;

namespace Chatbot.Core.Codes;

/// <summary>
/// The random short codes citizens read out or type (case, pickup, booking, invitation codes): characters from an
/// alphabet without look-alikes (no 0/O, 1/I/L), random so that codes cannot be guessed in order.
/// </summary>
public static class ShortCode
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string Random(int size)
    {
        Span<char> chars = stackalloc char[size];
        for (var i = 0; i < size; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(chars);
    }

    /// <summary>
    /// What the citizen typed, upper-cased, without spaces and dashes and without <paramref name="prefix"/> in front
    /// ("ikd k7m-q2x" → "K7MQ2X" for prefix "IKD"); null unless exactly <paramref name="size"/> alphabet characters remain.
    /// </summary>
    public static string? Clean(string? input, int size, string? prefix = null)
    {
        var cleaned = new string((input ?? string.Empty).Where(c => c is not ('-' or ' ' or '.')).Select(char.ToUpperInvariant).ToArray());
        if (prefix is not null && cleaned.Length == size + prefix.Length && cleaned.StartsWith(prefix, StringComparison.Ordinal)) cleaned = cleaned[prefix.Length..];
        return cleaned.Length == size && cleaned.All(c => Alphabet.Contains(c)) ? cleaned : null;
    }
}
