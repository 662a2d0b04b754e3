using System.Text.RegularExpressions;
using Chatbot.Core.Identity;

namespace Chatbot.Web.Diagnostics;

/// <summary>What may go into a log: phone numbers masked, long digit runs (NIK, KK, phone) hidden.</summary>
public static partial class SensitiveText
{
    public static string MaskConversation(string? conversationId) =>
        PhoneNumber.TryParse(conversationId, out var phone) ? phone.Masked : "***";

    /// <summary>An exception as text with every run of seven or more digits replaced, so that a NIK in a message never reaches the log.</summary>
    public static string Redact(Exception exception) => LongDigits().Replace(exception.ToString(), "[redacted]");

    [GeneratedRegex(@"\+?\d[\d .-]{5,}\d")]
    private static partial Regex LongDigits();
}
