namespace Chatbot.Dialogs.Prompts;

/// <summary>What an attachment prompt accepts; put in <see cref="PromptOptions.Validations"/>.</summary>
public sealed class MediaConstraints
{
    /// <summary>Accepted types, "image/*" style wildcards allowed; empty accepts any.</summary>
    public string[] ContentTypes { get; set; } = [];

    /// <summary>Largest accepted item in bytes; 0 or less for no limit.</summary>
    public long MaxBytes { get; set; }

    public bool Accepts(string? contentType)
    {
        if (ContentTypes.Length == 0) return true;
        var type = (contentType ?? string.Empty).Split(';')[0].Trim();
        return ContentTypes.Any(accepted => accepted.EndsWith("/*", StringComparison.Ordinal)
            ? type.StartsWith(accepted[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(type, accepted, StringComparison.OrdinalIgnoreCase));
    }

    public bool IsTooLarge(long? sizeBytes) => MaxBytes > 0 && sizeBytes > MaxBytes;
}
