using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>An option written in a flow: the stored value, its text key, and other words that pick it.</summary>
public sealed class ChoiceItem
{
    [JsonRequired]
    public string Value { get; init; } = string.Empty;

    [JsonRequired]
    public string Text { get; init; } = string.Empty;

    public IReadOnlyList<string> Aliases { get; init; } = [];
}
