using Chatbot.Core.Conversations;
using Chatbot.Core.Messaging;
using Chatbot.Dialogs.Catalog;

namespace Chatbot.Dialogs.Bot;

/// <summary>Builds a turn context in the office's time zone, with the services prompts may use (the media probe).</summary>
public sealed class TurnContextFactory(DialogCatalog catalog, IServiceProvider services, string newConversationLanguage)
{
    public ITurnContext Create(InboundMessage message, ConversationState state, DateTimeOffset now)
    {
        // A conversation that never had a turn speaks the configured language (Bot:DefaultLanguage).
        state.Language = state.LastActivityAt is null ? newConversationLanguage : catalog.Language(state.Language);
        return new TurnContext(Activity.FromInbound(message), state, now, catalog.Calendar.Zone, services);
    }

    /// <summary>A bot-initiated turn (see <see cref="EventActivity"/>).</summary>
    public ITurnContext CreateEvent(CitizenEvent citizenEvent, ConversationState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(citizenEvent);
        // A conversation without turns (expired for privacy, or never started) speaks the language of the case or booking.
        state.Language = catalog.Language(state.LastActivityAt is null ? citizenEvent.Language : state.Language);
        var turn = new TurnContext(EventActivity.Create(citizenEvent, now), state, now, catalog.Calendar.Zone, services);
        EventActivity.Attach(turn, citizenEvent);
        return turn;
    }
}
