using Chatbot.Core.Activation;
using Chatbot.Core.Ports;

namespace Chatbot.Redis.Activation;

/// <summary>Institutions in the {ikd} slot: one hash, id → name (a few dozen at an office).</summary>
public sealed class RedisInstitutions(RedisContext redis) : IInstitutions
{
    public Task SaveAsync(Institution institution, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(institution);
        ArgumentException.ThrowIfNullOrEmpty(institution.Id);
        ArgumentException.ThrowIfNullOrWhiteSpace(institution.Name);
        return redis.Database.HashSetAsync(redis.Keys.IkdInstitutions, institution.Id, institution.Name).WaitAsync(cancellationToken);
    }

    public async Task<Institution?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var name = await redis.Database.HashGetAsync(redis.Keys.IkdInstitutions, id).WaitAsync(cancellationToken);
        return name.IsNull ? null : new Institution(id, name.ToString());
    }

    public async Task<IReadOnlyList<Institution>> ListAsync(CancellationToken cancellationToken = default)
    {
        var entries = await redis.Database.HashGetAllAsync(redis.Keys.IkdInstitutions).WaitAsync(cancellationToken);
        return entries
            .Select(e => new Institution(e.Name.ToString(), e.Value.ToString()))
            .OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
    }
}
