using Chatbot.Core.Activation;

namespace Chatbot.Core.Ports;

/// <summary>The institutions (companies, OPD) known to the office.</summary>
public interface IInstitutions
{
    /// <summary>Adds the institution or renames it (same id).</summary>
    Task SaveAsync(Institution institution, CancellationToken cancellationToken = default);

    Task<Institution?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>All institutions, by name.</summary>
    Task<IReadOnlyList<Institution>> ListAsync(CancellationToken cancellationToken = default);
}
