using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>One area of dialogs/ikd.json: a kecamatan of offices.json, its citizens required to hold a KTP, its target.</summary>
public sealed class ActivationAreaEntry
{
    /// <summary>A kecamatan id of dialogs/offices.json.</summary>
    [JsonRequired]
    public string Id { get; init; } = string.Empty;

    /// <summary>Citizens of the area required to hold a KTP (<i>wajib KTP</i>).</summary>
    [JsonRequired]
    public int WajibKtp { get; init; }

    /// <summary>The area's own target share in percent; null takes the file's <see cref="ActivationFile.TargetPercent"/>.</summary>
    public decimal? TargetPercent { get; init; }
}
