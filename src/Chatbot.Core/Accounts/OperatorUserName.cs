namespace Chatbot.Core.Accounts;

/// <summary>
/// Sign-in names: case-insensitive (stored lower-case, trimmed), 1 to 64 characters, no white space or control
/// characters. Anything else is allowed, so every place that shows a name must encode it.
/// </summary>
public static class OperatorUserName
{
    public const int MaxLength = 64;

    public static string Normalize(string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        return userName.Trim().ToLowerInvariant();
    }

    /// <summary>True when the (normalised) name can be an account's name.</summary>
    public static bool IsValid(string? userName) =>
        !string.IsNullOrEmpty(userName)
        && userName.Length <= MaxLength
        && !userName.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));

    /// <summary>Normalises and checks a name typed by a person; null when it cannot be an account's name.</summary>
    public static string? TryNormalize(string? userName)
    {
        if (userName is null) return null;
        var normalized = Normalize(userName);
        return IsValid(normalized) ? normalized : null;
    }
}
