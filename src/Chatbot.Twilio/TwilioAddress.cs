namespace Chatbot.Twilio;

/// <summary>Twilio's channel addresses ("whatsapp:+628…") to and from the product's plain E.164 numbers.</summary>
public static class TwilioAddress
{
    public const string WhatsAppPrefix = "whatsapp:";

    /// <summary>"+628123456789" → "whatsapp:+628123456789" (an address already prefixed is kept).</summary>
    public static string ToWhatsApp(string e164) =>
        e164.StartsWith(WhatsAppPrefix, StringComparison.OrdinalIgnoreCase) ? e164 : WhatsAppPrefix + e164;

    public static bool IsWhatsAppAddress(string? value) =>
        value is not null
        && value.StartsWith(WhatsAppPrefix, StringComparison.OrdinalIgnoreCase)
        && TryE164(value[WhatsAppPrefix.Length..], out _);

    /// <summary>
    /// Reads an E.164 number from "whatsapp:+628…", "+628…" or bare digits (WaId). Only the shape is checked
    /// (7 to 15 digits): any WhatsApp number may write to us, including landlines and foreign numbers.
    /// </summary>
    public static bool TryE164(string? value, out string e164)
    {
        e164 = string.Empty;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var text = value.Trim();
        var colon = text.IndexOf(':');
        if (colon >= 0) text = text[(colon + 1)..];
        if (text.StartsWith('+')) text = text[1..];
        if (text.Length is < 7 or > 15 || text[0] == '0' || !text.All(char.IsAsciiDigit)) return false;
        e164 = "+" + text;
        return true;
    }
}
