namespace Chatbot.Core.Routing;

/// <summary>What a routed work item is: a case waiting in a queue, or a conversation whose citizen asked for an operator ("petugas").</summary>
public enum WorkItemKind
{
    Case,
    Conversation,
}
