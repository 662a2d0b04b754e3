using Chatbot.Core.Cases;

namespace Chatbot.Dialogs.Bot;

/// <summary>
/// A bot-initiated turn: the office changed a case and the bot must tell the citizen (Bot Builder's "event" activity).
/// The engine's <see cref="Activity"/> has no Name/Value, so the event's name rides in <see cref="Activity.Text"/>
/// (never a citizen's words: the type says so) and the case itself in the turn state (never serialised).
/// Event names are those of <see cref="Catalog.TemplateEvents"/>.
/// </summary>
public static class CaseEventActivity
{
    public const string EventType = "event";

    private const string CaseKey = "caseEvent.case";

    public static Activity Create(string eventName, ServiceCase @case, DateTimeOffset now) => new()
    {
        Type = EventType,
        Id = "event-" + Guid.NewGuid().ToString("N"),
        Text = eventName,
        ConversationId = @case.RequesterPhone,
        Timestamp = now,
    };

    public static bool IsCaseEvent(ITurnContext turn) => turn.Activity.Type == EventType;

    public static string Name(ITurnContext turn) => turn.Activity.Text;

    public static ServiceCase Case(ITurnContext turn) =>
        turn.TurnState.TryGetValue(CaseKey, out var found) && found is ServiceCase @case
            ? @case
            : throw new InvalidOperationException("A case event turn carries its case (see TurnContextFactory.CreateCaseEvent).");

    internal static void Attach(ITurnContext turn, ServiceCase @case) => turn.TurnState[CaseKey] = @case;
}
