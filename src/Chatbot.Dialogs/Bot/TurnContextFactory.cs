using Chatbot.Core.Cases;
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

    /// <summary>A bot-initiated turn about <paramref name="case"/> (see <see cref="CaseEventActivity"/>).</summary>
    public ITurnContext CreateCaseEvent(string eventName, ServiceCase @case, ConversationState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(@case);
        // A conversation without turns (expired for privacy, or never started) speaks the language the case was made in.
        state.Language = catalog.Language(state.LastActivityAt is null ? @case.Language : state.Language);
        var turn = new TurnContext(CaseEventActivity.Create(eventName, @case, now), state, now, catalog.Calendar.Zone, services);
        CaseEventActivity.Attach(turn, @case);
        return turn;
    }
}
