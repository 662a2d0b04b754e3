namespace Chatbot.Core.Routing;

/// <summary>The kinds of <see cref="RoutingEvent"/>.</summary>
public static class RoutingEventKinds
{
    public const string Queued = "queued";
    public const string Offered = "offered";
    public const string Accepted = "accepted";
    public const string Declined = "declined";

    /// <summary>The operator did not answer the offer in time: recorded against them.</summary>
    public const string OfferExpired = "offer-expired";

    /// <summary>The operator went on a break or offline with an offer pending: it goes to someone else.</summary>
    public const string OfferWithdrawn = "offer-withdrawn";

    /// <summary>An operator took an item themselves (pull next, or a chosen one); Detail "pull" or "claim".</summary>
    public const string Claimed = "claimed";

    public const string Released = "released";

    /// <summary>An accepted or claimed item's conversation was held by another operator: it waits in its queue again.</summary>
    public const string TakeOverRefused = "take-over-refused";

    /// <summary>Back in a queue (handed back, transferred); Detail is the queue.</summary>
    public const string Requeued = "requeued";

    /// <summary>An SLA target passed; Detail "first-response" or "resolution"; recorded against the holder.</summary>
    public const string SlaBreached = "sla-breach";

    /// <summary>Moved to the supervisors' queue.</summary>
    public const string Escalated = "escalated";

    public const string PresenceChanged = "presence";

    public const string FirstResponse = "first-response";

    public const string Resolution = "resolution";
}
