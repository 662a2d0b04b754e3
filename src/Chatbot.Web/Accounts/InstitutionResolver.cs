using Chatbot.Core.Activation;
using Chatbot.Core.Ports;

namespace Chatbot.Web.Accounts;

/// <summary>
/// The institution a coordinator's account belongs to, from what an admin typed: an existing institution's id, or a
/// name (its id is made with <see cref="Institution.IdFromName"/>; an institution new to the office is created).
/// </summary>
public sealed class InstitutionResolver(IInstitutions institutions)
{
    public const int MaxNameLength = 150;

    /// <summary>The institution (found or created), and whether it was created; null when nothing usable was given.</summary>
    public async Task<(Institution Institution, bool Created)?> ResolveAsync(string? idOrName, CancellationToken cancellationToken = default)
    {
        var text = idOrName?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxNameLength || text.Any(char.IsControl)) return null;
        if (await institutions.GetAsync(text, cancellationToken) is { } byId) return (byId, false);
        var id = Institution.IdFromName(text);
        if (id is null) return null;
        if (await institutions.GetAsync(id, cancellationToken) is { } byName) return (byName, false);
        var created = new Institution(id, text);
        await institutions.SaveAsync(created, cancellationToken);
        return (created, true);
    }
}
