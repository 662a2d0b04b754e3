namespace Chatbot.Dialogs.Bot;

/// <summary>What a finished flow hands to its parent: the flow id and every answer by field name.</summary>
public sealed class FlowAnswers
{
    public string FlowId { get; set; } = string.Empty;

    public Dictionary<string, object?> Values { get; set; } = [];
}
