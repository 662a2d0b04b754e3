namespace Chatbot.Dialogs.Bot;

/// <summary>
/// A bot-initiated turn: the office did something the bot must tell the citizen (Bot Builder's "event" activity). The
/// engine's <see cref="Activity"/> has no Name/Value, so the event's name rides in <see cref="Activity.Text"/> (never a
/// citizen's words: the type says so) and the <see cref="CitizenEvent"/> itself in the turn state (never serialised).
/// </summary>
public static class EventActivity
{
    public const string EventType = "event";

    private const string EventKey = "citizenEvent";

    public static Activity Create(CitizenEvent citizenEvent, DateTimeOffset now) => new()
    {
        Type = EventType,
        Id = "event-" + Guid.NewGuid().ToString("N"),
        Text = citizenEvent.Name,
        ConversationId = citizenEvent.Phone,
        Timestamp = now,
    };

    public static bool IsEvent(ITurnContext turn) => turn.Activity.Type == EventType;

    public static CitizenEvent Event(ITurnContext turn) =>
        turn.TurnState.TryGetValue(EventKey, out var found) && found is CitizenEvent citizenEvent
            ? citizenEvent
            : throw new InvalidOperationException("An event turn carries its event (see TurnContextFactory.CreateEvent).");

    internal static void Attach(ITurnContext turn, CitizenEvent citizenEvent) => turn.TurnState[EventKey] = citizenEvent;
}
