namespace Chatbot.Core.Identity;

/// <summary>A phone number in E.164 (+628123456789). Indonesian local forms (08…, 628…, +62 8…) are normalised.</summary>
public readonly record struct PhoneNumber
{
    private PhoneNumber(string e164) => E164 = e164;

    public string E164 { get; }

    /// <summary>Country code and last three digits kept: +62******789.</summary>
    public string Masked => Masking.E164(E164);

    public override string ToString() => Masked;

    public static PhoneNumber Parse(string value) =>
        TryParse(value, out var phone) ? phone : throw new FormatException("Invalid phone number.");

    public static bool TryParse(string? input, out PhoneNumber phone)
    {
        phone = default;
        if (string.IsNullOrWhiteSpace(input)) return false;
        var text = input.Trim();
        var plus = text.StartsWith('+');
        var digits = new System.Text.StringBuilder();
        foreach (var c in plus ? text[1..] : text)
        {
            if (char.IsAsciiDigit(c)) digits.Append(c);
            else if (c is ' ' or '-' or '.' or '(' or ')' or '\u00A0') continue;
            else return false;
        }

        var d = digits.ToString();
        if (!plus)
        {
            if (d.StartsWith("08", StringComparison.Ordinal)) d = "62" + d[1..];
            else if (d.StartsWith('8') && d.Length is >= 9 and <= 12) d = "62" + d;
            else if (!d.StartsWith("62", StringComparison.Ordinal)) return false;
        }

        if (d.StartsWith('0')) return false;
        // Indonesian mobile numbers: +62 8xx, 9 to 12 digits after the country code.
        if (d.StartsWith("62", StringComparison.Ordinal))
        {
            var national = d[2..];
            if (!national.StartsWith('8') || national.Length is < 9 or > 12) return false;
        }
        else if (d.Length is < 8 or > 15)
        {
            return false;
        }

        phone = new PhoneNumber("+" + d);
        return true;
    }
}
