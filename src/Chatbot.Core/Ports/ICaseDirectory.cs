using Chatbot.Core.Cases;

namespace Chatbot.Core.Ports;

/// <summary>Every case of the office, for lists, the supervisors' dashboard and the CSV export.</summary>
public interface ICaseDirectory
{
    /// <summary>The cases created from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), oldest first.</summary>
    Task<IReadOnlyList<ServiceCase>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}
