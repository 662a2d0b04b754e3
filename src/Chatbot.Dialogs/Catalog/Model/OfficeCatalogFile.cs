using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>dialogs/offices.json.</summary>
public sealed class OfficeCatalogFile
{
    [JsonRequired]
    public IReadOnlyList<Office> Offices { get; init; } = [];
}
