using System.Globalization;
using Chatbot.Core.Ports;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Chatbot.Dialogs.Storage;

/// <summary>
/// In-process <see cref="IStorage"/> for tests and single-instance development, with Bot Builder's ETag rules: a stale
/// ETag (or an ETag for a missing item) throws <see cref="ETagMismatchException"/>, "*" or no ETag overwrites, a
/// successful write gives the written item its new ETag. Items are kept as JSON, so a caller
/// changing an object after writing or reading never changes what is stored.
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, (string Json, string ETag)> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly JsonSerializerSettings _settings;
    private long _lastETag;

    public MemoryStorage()
    {
        // Whatever the process itself wrote may come back (no outside input), so the default binder suffices here.
        _settings = DialogJsonSettings.Create(new DefaultSerializationBinder());
    }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (!_items.TryGetValue(key, out var stored)) continue;
                var value = JsonConvert.DeserializeObject<Envelope>(stored.Json, _settings)?.Value;
                if (value is null) continue;
                if (value is IStoreItem item) item.ETag = stored.ETag;
                result[key] = value;
            }
        }

        return Task.FromResult<IDictionary<string, object>>(result);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (_gate)
        {
            // Check every ETag first: a batch with one stale item writes nothing.
            foreach (var (key, value) in changes)
            {
                ArgumentNullException.ThrowIfNull(value, key);
                if (value is IStoreItem { ETag: { Length: > 0 } etag } && etag != "*"
                    && (!_items.TryGetValue(key, out var stored) || stored.ETag != etag))
                {
                    throw new ETagMismatchException(key);
                }
            }

            foreach (var (key, value) in changes)
            {
                var etag = (++_lastETag).ToString(CultureInfo.InvariantCulture);
                _items[key] = (JsonConvert.SerializeObject(new Envelope { Value = value }, _settings), etag);
                // The writer's object now matches the stored version, so it can be written again without a re-read.
                if (value is IStoreItem item) item.ETag = etag;
            }
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_gate)
        {
            foreach (var key in keys) _items.Remove(key);
        }

        return Task.CompletedTask;
    }

    // The item sits in an object-typed slot so that its type name (or scalar type) is written with it.
    private sealed class Envelope
    {
        public object? Value { get; set; }
    }
}
