namespace Chatbot.Dialogs.Bot.Activation;

/// <summary>
/// What <see cref="BookingDialog"/> is begun with (kept in the dialog state): who books (a new booking), or which
/// booking moves (a reschedule), and whether to offer other sessions at once instead of asking area, date and session.
/// </summary>
public sealed class BookingRequest
{
    /// <summary>New booking: the applicant's NIK (16 digits) and full name.</summary>
    public string? Nik { get; set; }

    public string? FullName { get; set; }

    /// <summary>Reschedule: the booking code ("IKD-…") to move; null for a new booking.</summary>
    public string? Code { get; set; }

    /// <summary>Offer the list of other sessions with seats straight away (the office moved or called off the session).</summary>
    public bool Alternatives { get; set; }

    /// <summary>The area whose sessions come first among the alternatives.</summary>
    public string? AreaId { get; set; }

    /// <summary>A session not to offer (the one that was called off or that the citizen holds).</summary>
    public string? ExceptSession { get; set; }

    public bool IsReschedule => Code is not null;
}
