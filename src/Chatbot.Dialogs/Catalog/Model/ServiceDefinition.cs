using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>One entry of the service catalogue. The main menu lists the enabled ones in file order.</summary>
public sealed class ServiceDefinition
{
    /// <summary>Stable id stored on cases, e.g. "lapor-rekam-ktp".</summary>
    [JsonRequired]
    public string Id { get; init; } = string.Empty;

    /// <summary>Text key of the menu title.</summary>
    [JsonRequired]
    public string Title { get; init; } = string.Empty;

    [JsonRequired]
    public ServiceAvailability Availability { get; init; }

    [JsonRequired]
    public ServiceHandling Handling { get; init; }

    /// <summary>Flow id (dialogs/flows/{flow}.json) when <see cref="Handling"/> is Flow.</summary>
    public string? Flow { get; init; }

    /// <summary>Operator queue of the cases (or of the conversation, for operator services).</summary>
    [JsonRequired]
    public string Queue { get; init; } = string.Empty;

    /// <summary>Words that pick this service from the menu besides its number.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    [JsonIgnore]
    public bool IsEnabled => Availability == ServiceAvailability.Enabled;
}
