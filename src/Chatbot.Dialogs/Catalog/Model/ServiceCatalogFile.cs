using Newtonsoft.Json;

namespace Chatbot.Dialogs.Catalog;

/// <summary>dialogs/services.json: the services in menu order.</summary>
public sealed class ServiceCatalogFile
{
    [JsonRequired]
    public IReadOnlyList<ServiceDefinition> Services { get; init; } = [];
}
