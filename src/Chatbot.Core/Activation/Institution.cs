namespace Chatbot.Core.Activation;

/// <summary>
/// A company or government unit (OPD) whose people are activated together. Sessions can be reserved for it, and its
/// coordinator's console account belongs to it.
/// </summary>
/// <param name="Id">Lower case with dashes, made from the name ("PT Sritex" → "pt-sritex"); stored on sessions and accounts.</param>
/// <param name="Name">As written by the office ("PT Sri Rejeki Isman Tbk (Sritex)").</param>
public sealed record Institution(string Id, string Name)
{
    /// <summary>"PT. Sritex  Sukoharjo" → "pt-sritex-sukoharjo"; null when nothing usable is left.</summary>
    public static string? IdFromName(string? name)
    {
        var chars = (name ?? string.Empty).ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var id = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return id.Length is > 0 and <= 60 ? id : null;
    }
}
