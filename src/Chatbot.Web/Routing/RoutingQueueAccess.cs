using Chatbot.Web.Operations;

namespace Chatbot.Web.Routing;

/// <summary>
/// The console's and the API's queue visibility decided by routing: an operator sees the queues of their skills (the
/// roster's, else their configured profile, <c>Routing:Operators</c> / <c>Routing:DefaultSkills</c>); supervisors all.
/// An item outside any queue (null) is visible.
/// </summary>
public sealed class RoutingQueueAccess(RoutingService routing) : IQueueAccess
{
    public async Task<bool> CanSeeAsync(Actor actor, string? queue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return queue is null || await routing.CanSeeQueueAsync(new RoutingActor(actor.UserName, actor.Role), queue, cancellationToken);
    }
}
