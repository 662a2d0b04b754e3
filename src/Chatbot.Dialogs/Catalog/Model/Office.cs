using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>A Disdukcapil office: where printed cards are picked up, and the kecamatan where citizens record.</summary>
public sealed class Office
{
    [JsonRequired]
    public string Id { get; init; } = string.Empty;

    [JsonRequired]
    public string Name { get; init; } = string.Empty;

    /// <summary>Pickup address, filled in by the office.</summary>
    [JsonRequired]
    public string Address { get; init; } = string.Empty;

    /// <summary>Pickup hours per language ("id", "en"), filled in by the office.</summary>
    [JsonRequired]
    public IReadOnlyDictionary<string, string> PickupHours { get; init; } = new Dictionary<string, string>();

    /// <summary>False until the office has checked its address and hours; the host may warn at start.</summary>
    public bool ConfirmedByOffice { get; init; }

    [JsonRequired]
    public IReadOnlyList<Kecamatan> Kecamatan { get; init; } = [];
}
