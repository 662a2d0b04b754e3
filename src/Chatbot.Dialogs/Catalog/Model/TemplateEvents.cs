namespace Chatbot.Dialogs.Catalog;

/// <summary>
/// The case events the bot tells a citizen about on its own (not as an answer), and the values each can put in a
/// template's variables. Outside WhatsApp's 24-hour window only an approved template can start the conversation, so
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

    public const string Name = "name";
    public const string Code = "code";
    public const string TrackingNumber = "trackingNumber";
    public const string PickupCode = "pickupCode";
    public const string Office = "office";

    /// <summary>Every event with the variable names its template may use.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Variables { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [Printed] = [Name, Code],
        [Shipped] = [Name, Code, TrackingNumber],
        [Ready] = [Name, Code, PickupCode, Office],
        [Completed] = [Name, Code],
    };
}
