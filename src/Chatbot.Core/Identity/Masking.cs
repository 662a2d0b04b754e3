using System.Text.RegularExpressions;

namespace Chatbot.Core.Identity;

/// <summary>
/// The one place that hides personal numbers (UU 27/2022) wherever they are shown or logged: a NIK keeps its region
/// code and last two digits (3672**********01), a phone its country code and last three (+62******789), and a log
/// line loses every long run of digits.
/// </summary>
public static partial class Masking
{
    /// <summary>The 16 digits of a NIK (or a No. KK) as 3672**********01 (<see cref="Identity.Nik.Masked"/>, <see cref="RegistryNumber.Mask"/>).</summary>
    public static string Nik(string nik)
    {
        ArgumentNullException.ThrowIfNull(nik);
        return Middle(nik, 4, 2);
    }

    /// <summary>A number in E.164 as +62******789; "***" when too short to hide anything (<see cref="PhoneNumber.Masked"/>).</summary>
    public static string E164(string? e164) => e164 is null || e164.Length < 7 ? "***" : Middle(e164, 3, 3);

    /// <summary>A conversation id (the citizen's number) masked as <see cref="E164"/>; "***" when it is not a phone number.</summary>
    public static string Phone(string? conversationId) =>
        PhoneNumber.TryParse(conversationId, out var phone) ? phone.Masked : "***";

    /// <summary>Any run of 16 digits (a NIK) in free text masked as <see cref="Nik(string)"/>; other text unchanged.</summary>
    public static string NikLike(string? text) =>
        text is null ? string.Empty : SixteenDigits().Replace(text, m => Nik(m.Value));

    /// <summary>Text for a log: every run of seven or more digits (NIK, KK, phone, with spaces, dots or dashes) replaced.</summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LongDigits().Replace(text, "[redacted]");
    }

    /// <summary>An exception as text for a log, with <see cref="Redact(string)"/>: a NIK in a message never reaches the log.</summary>
    public static string Redact(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Redact(exception.ToString());
    }

    /// <summary>The first <paramref name="keepStart"/> and last <paramref name="keepEnd"/> characters kept, each one between them a '*'.</summary>
    public static string Middle(string text, int keepStart, int keepEnd)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[..keepStart] + new string('*', text.Length - keepStart - keepEnd) + text[^keepEnd..];
    }

    [GeneratedRegex(@"(?<!\d)\d{16}(?!\d)")]
    private static partial Regex SixteenDigits();

    [GeneratedRegex(@"\+?\d[\d .-]{5,}\d")]
    private static partial Regex LongDigits();
}
