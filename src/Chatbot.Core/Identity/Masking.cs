using System.Text.RegularExpressions;

namespace Chatbot.Core.Identity;

/// <summary>What the console and the audit log show of personal numbers: masked phones, masked NIKs in free fields.</summary>
public static partial class Masking
{
    public static string Phone(string? conversationId) =>
        PhoneNumber.TryParse(conversationId, out var phone) ? phone.Masked : "***";

    /// <summary>Any run of 16 digits (a NIK) as 1234**********56; other text unchanged.</summary>
    public static string NikLike(string? text) =>
        text is null ? string.Empty : SixteenDigits().Replace(text, m => m.Value[..4] + new string('*', 10) + m.Value[14..]);

    [GeneratedRegex(@"(?<!\d)\d{16}(?!\d)")]
    private static partial Regex SixteenDigits();
}
