namespace Chatbot.Dialogs.Bot.Activation;

/// <summary>
/// What <see cref="EligibilityDialog"/> hands back when the citizen can be activated and agreed to the processing of
/// their data: the NIK and the name, or the code of the booking this NIK already holds.
/// </summary>
public sealed class Applicant
{
    public string Nik { get; set; } = string.Empty;

    public string FullName { get; set; } = string.Empty;

    /// <summary>This NIK already holds an active booking ("IKD-…"): show it instead of booking another.</summary>
    public string? ExistingCode { get; set; }
}
