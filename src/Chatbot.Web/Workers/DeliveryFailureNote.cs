using System.Globalization;
using System.Text.RegularExpressions;
using Chatbot.Twilio;

namespace Chatbot.Web.Workers;

/// <summary>
/// What the console shows (a System line in the conversation) when a reply could not be delivered, and the reason as
/// it may be logged: the provider's text can quote the citizen's number, so long digit runs are hidden.
/// </summary>
public static partial class DeliveryFailureNote
{
    public const string ExpiredReason = "expired";

    public const string RetriesExhaustedPrefix = "retries exhausted: ";

    /// <summary>Bahasa Indonesia, like the console: why the reply did not reach the citizen and what the operator can do.</summary>
    public static string Text(string? errorCode, string reason)
    {
        var why = errorCode is { } code && int.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number switch
            {
                TwilioErrorCodes.OutsideWhatsAppWindow => "di luar jendela 24 jam WhatsApp; hanya templat yang disetujui yang dapat dikirim",
                TwilioErrorCodes.InvalidToNumber => "nomor tujuan tidak valid",
                TwilioErrorCodes.Unsubscribed => "warga telah berhenti berlangganan (STOP)",
                _ => $"ditolak penyedia (kode {code})",
            }
            : reason == ExpiredReason
                ? "terlalu lama menunggu di antrean kirim, tidak dikirim terlambat"
                : reason.StartsWith(RetriesExhaustedPrefix, StringComparison.Ordinal)
                    ? "penyedia tidak dapat dihubungi setelah beberapa kali percobaan"
                    : "pesan tidak dapat dikirim dalam bentuk ini";
        return $"Balasan tidak terkirim: {why}. ({Loggable(reason)})";
    }

    /// <summary>The provider's reason with every run of seven or more digits hidden.</summary>
    public static string Loggable(string? reason) => reason is null ? string.Empty : LongDigits().Replace(reason, "[redacted]");

    [GeneratedRegex(@"\+?\d[\d .-]{5,}\d")]
    private static partial Regex LongDigits();
}
