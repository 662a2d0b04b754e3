using Chatbot.Core.Cases;
using Chatbot.Core.Conversations;
using Chatbot.Core.Ports;
using Chatbot.Core.Routing;
using Chatbot.Desk;
using Chatbot.Desk.Conversations;

namespace Chatbot.Web.Routing;

/// <summary>
/// Routing gave an operator an item (an accepted offer, pull next, a claimed item): they take its conversation over at
/// once, exactly as "take over" in the console does (<see cref="ConversationActions.TakeOverAssignedAsync"/>: mode
/// WithOperator whatever the mode was, the bot silent, the citizen told inside the 24-hour window, audited, published),
/// with its guard: of an operator accepting and another taking over at the same moment exactly one holds the
/// conversation. A case's conversation is its requester's.
/// </summary>
public sealed class RoutingTakeOver(ConversationActions conversations, ICaseStore cases, IConversationStore store, ILogger<RoutingTakeOver> logger)
{
    /// <summary>The answer: the operator holds the conversation now (or there is none to hold), or who holds it instead.</summary>
    public sealed record Result(bool Taken, string? Holder = null);

    public async Task<Result> TakeOverAsync(RoutingActor actor, WorkItemRef item, string how, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var conversationId = await ConversationOfAsync(item, cancellationToken);
        if (conversationId is null)
        {
            logger.LogInformation("{Item} taken by {Operator} has no conversation to take over", item, actor.UserName);
            return new Result(true);
        }

        var taken = await conversations.TakeOverAssignedAsync(new Actor(actor.UserName, actor.Role), conversationId, how, cancellationToken);
        if (taken.Succeeded) return new Result(true);
        if (taken.Outcome == OperationOutcome.NotFound)
        {
            // A case filed without a conversation (or one since deleted): the operator works the case alone.
            logger.LogInformation("{Item} taken by {Operator}: its conversation does not exist", item, actor.UserName);
            return new Result(true);
        }

        var state = (await store.LoadAsync(conversationId, null, cancellationToken)).State;
        var holder = state is { Mode: ConversationMode.WithOperator, Operator: { } other } && other != actor.UserName ? other : null;
        logger.LogInformation("{Item} taken by {Operator} goes back: its conversation is held by {Holder} ({Code})",
            item, actor.UserName, holder ?? "nobody", taken.Code);
        return new Result(false, holder);
    }

    private async Task<string?> ConversationOfAsync(WorkItemRef item, CancellationToken cancellationToken)
    {
        if (item.Kind == WorkItemKind.Conversation) return item.Id;
        return CaseCode.TryParse(item.Id, out var code) && await cases.GetAsync(code, cancellationToken) is { } found ? found.RequesterPhone : null;
    }
}
