using Chatbot.Core.Ports;

namespace Chatbot.Desk.Events;

/// <summary>
/// Which console events a user's stream carries: supervisors and admins everything; an operator their own offers, the
/// conversations they hold, and the items of queues their skills cover (<see cref="IQueueAccess"/>), nothing meant for
/// another operator or for supervisors only.
/// </summary>
public sealed class ConsoleEventFilter(IQueueAccess access)
{
    public async Task<bool> VisibleAsync(Actor actor, ConsoleEvent consoleEvent, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(consoleEvent);
        if (consoleEvent.ForUser is { } forUser) return forUser == actor.UserName;
        if (actor.IsSupervisor) return true;
        if (consoleEvent.SupervisorsOnly) return false;
        if (consoleEvent.Operator is { } holder) return holder == actor.UserName;
        return await access.CanSeeAsync(actor, consoleEvent.Queue, ct);
    }
}
