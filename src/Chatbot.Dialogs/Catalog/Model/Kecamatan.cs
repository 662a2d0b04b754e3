using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>A district where the e-KTP is recorded; aliases catch the usual spellings and typos.</summary>
public sealed class Kecamatan
{
    [JsonRequired]
    public string Id { get; init; } = string.Empty;

    [JsonRequired]
    public string Name { get; init; } = string.Empty;

    public IReadOnlyList<string> Aliases { get; init; } = [];
}
