using Chatbot.Core.Cases;
using Chatbot.Core.Identity;
using Chatbot.Core.Ports;
using Chatbot.Core.Routing;

namespace Chatbot.Web.Routing;

/// <summary>
/// Routing's changes as console events (best effort: a console that missed one reloads). An offer goes to its operator
/// only (<see cref="ConsoleEventTypes.Offer"/>); everything else is <see cref="Routing"/> with the routing event's kind
/// as the detail; expiries and SLA breaches are for supervisors only; presence changes are <see cref="Presence"/>.
/// </summary>
public sealed class RoutingConsoleEvents(IConsoleEvents events, ILogger<RoutingConsoleEvents> logger)
{
    /// <summary>A routing change: queued, accepted, claimed, released, requeued, escalated…; Detail is the <see cref="RoutingEventKinds"/> kind.</summary>
    public const string Routing = "routing";

    /// <summary>An operator's presence changed; Detail is the presence.</summary>
    public const string Presence = "presence";

    public Task OfferAsync(RoutingOffer offer, DateTimeOffset at) => PublishAsync(With(offer.Item, new ConsoleEvent
    {
        Type = ConsoleEventTypes.Offer,
        At = at,
        Queue = offer.Queue,
        Operator = offer.Operator,
        ForUser = offer.Operator,
        Detail = offer.OfferId,
    }));

    public Task ChangeAsync(string kind, WorkItemRef? item, string? queue, string? operatorName, DateTimeOffset at)
    {
        var consoleEvent = new ConsoleEvent
        {
            Type = Routing,
            At = at,
            Queue = queue,
            Operator = operatorName,
            Detail = kind,
            SupervisorsOnly = kind is RoutingEventKinds.OfferExpired or RoutingEventKinds.SlaBreached,
        };
        return PublishAsync(item is { } it ? With(it, consoleEvent) : consoleEvent);
    }

    public Task PresenceAsync(string userName, Core.Routing.Presence presence, DateTimeOffset at) => PublishAsync(new ConsoleEvent
    {
        Type = Presence,
        At = at,
        Operator = userName,
        Detail = presence.ToString(),
    });

    private static ConsoleEvent With(WorkItemRef item, ConsoleEvent consoleEvent) => item.Kind == WorkItemKind.Case
        ? consoleEvent with { CaseCode = CaseCode.TryParse(item.Id, out var code) ? code.ToString() : item.Id }
        : consoleEvent with { ConversationId = item.Id };

    private async Task PublishAsync(ConsoleEvent consoleEvent)
    {
        try
        {
            await events.PublishAsync(consoleEvent);
        }
        catch (Exception ex)
        {
            logger.LogWarning("Cannot publish the routing event {Type}/{Detail}: {Error}", consoleEvent.Type, consoleEvent.Detail, Masking.Redact(ex));
        }
    }
}
