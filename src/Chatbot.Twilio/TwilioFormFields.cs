using Microsoft.AspNetCore.Http;

namespace Chatbot.Twilio;

/// <summary>
/// A webhook form as ordered key → values, from ASP.NET's <see cref="IFormCollection"/> or plain pairs. Remembers
/// which fields were read so the rest can be kept as extras.
/// </summary>
internal sealed class TwilioFormFields
{
    private readonly Dictionary<string, List<string>> _fields = new(StringComparer.Ordinal);
    private readonly HashSet<string> _consumed = new(StringComparer.Ordinal);

    public TwilioFormFields(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        foreach (var (key, value) in pairs)
        {
            if (!_fields.TryGetValue(key, out var values)) _fields[key] = values = [];
            values.Add(value ?? string.Empty);
        }
    }

    public static TwilioFormFields From(IFormCollection form) => new(TwilioRequestValidator.Pairs(form));

    /// <summary>The field's first value, trimmed of nothing; null when absent or empty.</summary>
    public string? Take(string key)
    {
        _consumed.Add(key);
        return _fields.TryGetValue(key, out var values) && values.Count > 0 && values[0].Length > 0 ? values[0] : null;
    }

    /// <summary>Marks a field as read without using it (e.g. NumMedia, which is never trusted).</summary>
    public void Ignore(string key) => _consumed.Add(key);

    /// <summary>Fields nobody read, repeated values joined with ",".</summary>
    public IReadOnlyDictionary<string, string> Rest() =>
        _fields.Where(f => !_consumed.Contains(f.Key))
            .ToDictionary(f => f.Key, f => string.Join(',', f.Value), StringComparer.Ordinal);
}
