namespace Chatbot.Core.Ports;

/// <summary>
/// Changes every open operator console must see at once, whichever instance made them: a citizen's message, a delivery
/// tick, a case or conversation change, an offer. Published to every instance (the Redis implementation uses one
/// pub/sub channel per office); each console's stream filters what its user may see. Best effort: a console that
/// missed an event reloads what it shows (the events only say what changed, never the data itself).
/// </summary>
public interface IConsoleEvents
{
    /// <summary>Sends the event to every subscribed instance (this one included).</summary>
    Task PublishAsync(ConsoleEvent consoleEvent, CancellationToken cancellationToken = default);

    /// <summary>Calls <paramref name="handler"/> for every event published from now on, until the subscription is disposed.</summary>
    Task<IAsyncDisposable> SubscribeAsync(Func<ConsoleEvent, Task> handler, CancellationToken cancellationToken = default);
}

/// <summary>
/// What changed, and for whom. Never carries a NIK or message text: the console fetches what it shows through the API,
/// which checks the user's rights again.
/// </summary>
public sealed record ConsoleEvent
{
    /// <summary>One of <see cref="ConsoleEventTypes"/>.</summary>
    public required string Type { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>The conversation concerned (the citizen's number: shown only to users who may open it).</summary>
    public string? ConversationId { get; init; }

    /// <summary>The case concerned, as "ABC-234".</summary>
    public string? CaseCode { get; init; }

    /// <summary>The queue of the item, for operators whose skills cover it.</summary>
    public string? Queue { get; init; }

    /// <summary>The operator holding the conversation or case: they (and supervisors) see the event whatever the queue.</summary>
    public string? Operator { get; init; }

    /// <summary>Only this user sees the event (an offer made to them).</summary>
    public string? ForUser { get; init; }

    /// <summary>Only supervisors and admins see the event (e.g. an SLA breach, an account change).</summary>
    public bool SupervisorsOnly { get; init; }

    /// <summary>A short machine-readable detail (a status name, a mode): never personal data.</summary>
    public string? Detail { get; init; }
}

/// <summary>The kinds of <see cref="ConsoleEvent"/>.</summary>
public static class ConsoleEventTypes
{
    /// <summary>A citizen's message was handled (the bot answered, or it waits for the operator).</summary>
    public const string Message = "message";

    /// <summary>A delivery tick of an outbound message (sent, delivered, read, failed); Detail is the status.</summary>
    public const string Delivery = "delivery";

    /// <summary>The conversation's mode or operator changed, or an operator wrote in it; Detail is the mode.</summary>
    public const string Conversation = "conversation";

    /// <summary>A case was created or changed; Detail is its status.</summary>
    public const string Case = "case";

    /// <summary>A case is offered to <see cref="ConsoleEvent.ForUser"/> (routing).</summary>
    public const string Offer = "offer";
}
