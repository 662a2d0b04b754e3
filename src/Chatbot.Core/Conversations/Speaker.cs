namespace Chatbot.Core.Conversations;

public enum Speaker
{
    Citizen,
    Bot,
    Operator,
    System,
}
