namespace Chatbot.Core.Conversations;

/// <summary>Who answers the citizen: the bot, nobody yet (waiting for an operator), an operator, or no one (closed).</summary>
public enum ConversationMode
{
    Bot,
    Queued,
    WithOperator,
    Closed,
}
