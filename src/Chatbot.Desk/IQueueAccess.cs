using Chatbot.Core.Ports;

namespace Chatbot.Desk;

/// <summary>
/// Which queues an operator may see and act in (their skills); supervisors and admins see all. The routing engine may
/// register its own implementation; by default <see cref="RosterQueueAccess"/> reads the skills it keeps.
/// </summary>
public interface IQueueAccess
{
    /// <summary>True when <paramref name="actor"/> may see items of <paramref name="queue"/> (null: an item not in a queue).</summary>
    Task<bool> CanSeeAsync(Actor actor, string? queue, CancellationToken cancellationToken = default);
}

/// <summary>
/// The skills of the routing roster (<see cref="IOperatorRoster"/>): an operator sees the queues of their skills.
/// TODO(routing): an operator the roster does not know yet (never set a presence) and a host without routing see every
/// queue; the routing engine's configured profiles should decide then too.
/// </summary>
public sealed class RosterQueueAccess(IServiceProvider services) : IQueueAccess
{
    public async Task<bool> CanSeeAsync(Actor actor, string? queue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsSupervisor || queue is null) return true;
        var roster = services.GetService<IOperatorRoster>();
        var status = roster is null ? null : await roster.GetAsync(actor.UserName, cancellationToken);
        return status is null || status.HasSkill(queue);
    }
}
