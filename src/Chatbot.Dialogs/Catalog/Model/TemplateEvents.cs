namespace Chatbot.Dialogs.Catalog;

/// <summary>
/// The events the bot tells a citizen about on its own (not as an answer), and the values each can put in a template's
/// variables. Outside WhatsApp's 24-hour window only an approved template can start the conversation, so
/// dialogs/templates.json must name one for every event here.
/// </summary>
public static class TemplateEvents
{
    /// <summary>The card is printed: Pos or pickup?</summary>
    public const string Printed = "printed";

    /// <summary>Handed to Pos with a tracking number.</summary>
    public const string Shipped = "shipped";

    /// <summary>Waiting at the office with a pickup code (said again when the office reminds the citizen).</summary>
    public const string Ready = "ready";

    /// <summary>Done: thanks, and the rating question.</summary>
    public const string Completed = "completed";

    /// <summary>An IKD activation session is tomorrow.</summary>
    public const string IkdReminderDayBefore = "ikdReminderDayBefore";

    /// <summary>An IKD activation session starts in about two hours (or the office reminds everyone now).</summary>
    public const string IkdReminderHoursBefore = "ikdReminderHoursBefore";

    /// <summary>The office moved a session (time or place): keep it, pick another, or cancel?</summary>
    public const string IkdSessionChanged = "ikdSessionChanged";

    /// <summary>The office called a session off: the booking is cancelled, pick another session.</summary>
    public const string IkdSessionCancelled = "ikdSessionCancelled";

    /// <summary>The office refused the case (Ditolak), with the reason: fix it and send a new request, or ask an officer.</summary>
    public const string Refused = "refused";

    /// <summary>The office cancelled the case (Dibatalkan), with the reason when it gave one.</summary>
    public const string Cancelled = "cancelled";

    public const string Name = "name";
    public const string Code = "code";
    public const string TrackingNumber = "trackingNumber";
    public const string PickupCode = "pickupCode";
    public const string Office = "office";
    public const string Date = "date";
    public const string Time = "time";
    public const string Place = "place";
    public const string Reason = "reason";

    /// <summary>Every event with the variable names its template may use.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Variables { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [Printed] = [Name, Code],
        [Shipped] = [Name, Code, TrackingNumber],
        [Ready] = [Name, Code, PickupCode, Office],
        [Completed] = [Name, Code],
        [Refused] = [Name, Code, Reason],
        [Cancelled] = [Name, Code, Reason],
        [IkdReminderDayBefore] = [Name, Code, Date, Time, Place],
        [IkdReminderHoursBefore] = [Name, Code, Date, Time, Place],
        [IkdSessionChanged] = [Name, Code, Date, Time, Place],
        [IkdSessionCancelled] = [Name, Code, Date, Time, Place],
    };
}
