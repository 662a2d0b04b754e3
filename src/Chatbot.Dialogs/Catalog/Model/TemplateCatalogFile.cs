using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>dialogs/templates.json: the approved template of each case event, by event name.</summary>
public sealed class TemplateCatalogFile
{
    [JsonRequired]
    public IReadOnlyDictionary<string, MessageTemplate> Templates { get; init; } = new Dictionary<string, MessageTemplate>();
}
