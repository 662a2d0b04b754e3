namespace Chatbot.Web.Activation;

/// <summary>A free-text field of a request: trimmed, never a control character, within its length.</summary>
public static class TextField
{
    private const string ControlCharacters = "Tidak boleh berisi karakter kendali.";

    /// <summary>The trimmed text, or null (with an error under <paramref name="field"/>) when it is missing, too long or has control characters.</summary>
    public static string? Required(string? value, string field, int maxLength, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) errors.Add(field, "Wajib diisi.");
        else if (text.Length > maxLength) errors.Add(field, $"Paling banyak {maxLength} karakter.");
        else if (text.Any(char.IsControl)) errors.Add(field, ControlCharacters);
        else return text;
        return null;
    }

    /// <summary>The trimmed text ("" when missing), or null (with an error) when it has control characters; its length is the caller's rule.</summary>
    public static string? WithoutControlCharacters(string? value, string field, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = value?.Trim() ?? string.Empty;
        if (!text.Any(char.IsControl)) return text;
        errors.Add(field, ControlCharacters);
        return null;
    }

    /// <summary>Null when empty; otherwise as <see cref="Required"/>.</summary>
    public static string? Optional(string? value, string field, int maxLength, FieldErrors errors) =>
        string.IsNullOrWhiteSpace(value) ? null : Required(value, field, maxLength, errors);

    /// <summary>An enum member by name (case ignored, never a number), or null with an error listing the names.</summary>
    public static T? Enum<T>(string? value, string field, FieldErrors errors, params T[] allowed)
        where T : struct, System.Enum
    {
        ArgumentNullException.ThrowIfNull(errors);
        var names = (allowed.Length > 0 ? allowed : System.Enum.GetValues<T>()).ToList();
        if (!string.IsNullOrWhiteSpace(value) && !int.TryParse(value, out _) && System.Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && names.Contains(parsed))
            return parsed;
        errors.Add(field, "Salah satu dari: " + string.Join(", ", names) + ".");
        return null;
    }
}
