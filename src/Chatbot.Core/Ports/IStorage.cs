namespace Chatbot.Core.Ports;

/// <summary>
/// Bot Builder's storage shape: read and write items by key. An item implementing <see cref="IStoreItem"/> is written
/// only if its ETag still matches what is stored ("*" or null/empty overwrites); otherwise <see cref="ETagMismatchException"/>.
/// Reading returns objects of the same type that was written.
/// </summary>
public interface IStorage
{
    Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default);

    Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default);

    Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default);
}

public interface IStoreItem
{
    string? ETag { get; set; }
}

public sealed class ETagMismatchException(string key) : Exception($"The item '{key}' was changed by someone else (stale ETag).")
{
    public string Key { get; } = key;
}
