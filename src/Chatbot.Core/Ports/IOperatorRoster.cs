using Chatbot.Core.Routing;

namespace Chatbot.Core.Ports;

/// <summary>
/// The operators as routing sees them: presence (Tersedia / Istirahat / Offline), skills, capacity and current load.
/// The load is kept by <see cref="IOfferStore"/> in the same atomic step that assigns or releases an item, so it never
/// drifts from the items held. (The accounts themselves are <see cref="IOperatorAccounts"/>.)
/// </summary>
public interface IOperatorRoster
{
    Task<OperatorStatus?> GetAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>Every operator who ever set a presence, by name.</summary>
    Task<IReadOnlyList<OperatorStatus>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the presence (creating the operator on first use). <paramref name="profile"/> (skills and capacity from
    /// configuration) applies unless a profile was pinned with <see cref="SetProfileAsync"/>. Leaving Tersedia with an
    /// offer pending takes the offer back at once (the item waits for the next operator), so nothing is ever offered to
    /// an operator who is away.
    /// </summary>
    Task<PresenceChange> SetPresenceAsync(
        string userName, Presence presence, OperatorProfile profile, bool isSupervisor, string? displayName, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Pins an operator's skills and capacity (an admin's choice), overriding configuration from now on.</summary>
    Task SetProfileAsync(string userName, OperatorProfile profile, CancellationToken cancellationToken = default);
}
