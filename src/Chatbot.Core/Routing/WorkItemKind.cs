using System.Text.Json.Serialization;

namespace Chatbot.Core.Routing;

/// <summary>What a routed work item is: a case waiting in a queue, or a conversation whose citizen asked for an operator ("petugas").</summary>
// By name in JSON too (the API, its OpenAPI document, the console's events): never a position to copy.
[JsonConverter(typeof(JsonStringEnumConverter<WorkItemKind>))]
public enum WorkItemKind
{
    Case,
    Conversation,
}
