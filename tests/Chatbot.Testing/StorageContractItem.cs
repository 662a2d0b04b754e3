using Chatbot.Core.Ports;

namespace Chatbot.Testing;

/// <summary>An item with an ETag, as Bot Builder's state objects are, for <see cref="StorageContractTests"/>.</summary>
public sealed class StorageContractItem : IStoreItem
{
    public string Name { get; set; } = string.Empty;

    public int Count { get; set; }

    public List<string> Tags { get; set; } = [];

    public StorageContractNote? Note { get; set; }

    /// <summary>Declared as object: the storage must bring back the actual type.</summary>
    public object? Extra { get; set; }

    public string? ETag { get; set; }
}
