namespace Chatbot.Testing;

/// <summary>A plain object without an ETag, for <see cref="StorageContractTests"/>.</summary>
public sealed class StorageContractNote
{
    public string Text { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}
