using Chatbot.Core.Ports;
using Chatbot.Desk;

namespace Chatbot.Web.Routing;

/// <summary>
/// The console's and the API's queue visibility decided by routing: an operator sees the queues of their skills (the
/// roster's, else their configured profile, <c>Routing:Operators</c> / <c>Routing:DefaultSkills</c>); supervisors all.
/// An item outside any queue (null) is visible. Depends on the roster and the plan only, so that
/// <see cref="RoutingService"/> may use the conversation actions (which use this) without a cycle.
/// </summary>
public sealed class RoutingQueueAccess(RoutingPlan plan, IOperatorRoster roster) : IQueueAccess
{
    public async Task<bool> CanSeeAsync(Actor actor, string? queue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return queue is null || await CanSeeQueueAsync(new RoutingActor(actor.UserName, actor.Role), queue, cancellationToken);
    }

    /// <summary>Whether the user may see (and claim from) <paramref name="queue"/>.</summary>
    public async Task<bool> CanSeeQueueAsync(RoutingActor actor, string queue, CancellationToken cancellationToken = default) =>
        actor.IsSupervisor || (await SkillsOfAsync(actor, cancellationToken)).Contains(queue, StringComparer.Ordinal);

    /// <summary>The operator's skills: the roster's, else their configured profile.</summary>
    public async Task<IReadOnlyList<string>> SkillsOfAsync(RoutingActor actor, CancellationToken cancellationToken = default) =>
        (await roster.GetAsync(actor.UserName, cancellationToken))?.Skills ?? plan.ProfileOf(actor.UserName).Skills;
}
