using System.Globalization;
using Chatbot.Core.Conversations;
using Chatbot.Core.Ports;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;

namespace Chatbot.Dialogs.Bot;

/// <summary>"petugas": the conversation joins the operator queue (mode Queued); from then on the bot only tells the citizen their place.</summary>
public sealed class Handoff(DialogCatalog catalog, IHandoffQueue queue)
{
    public async Task RequestAsync(ITurnContext turn, CancellationToken ct)
    {
        var state = turn.Conversation;
        var already = state.Mode == ConversationMode.Queued;
        var position = await queue.EnqueueAsync(state.ConversationId, turn.Now, ct);
        state.Mode = ConversationMode.Queued;
        state.QueuedAt ??= turn.Now;
        await SayAsync(turn, already ? TextKeys.HandoffAlreadyQueued : TextKeys.HandoffQueued, position, ct);
    }

    public async Task RemindAsync(ITurnContext turn, CancellationToken ct)
    {
        var position = await queue.PositionAsync(turn.Conversation.ConversationId, ct)
            ?? await queue.EnqueueAsync(turn.Conversation.ConversationId, turn.Conversation.QueuedAt ?? turn.Now, ct);
        await SayAsync(turn, TextKeys.HandoffStillQueued, position, ct);
    }

    /// <summary>The citizen withdrew from the queue ("batal" while waiting): the bot answers again.</summary>
    public async Task WithdrawAsync(ITurnContext turn, CancellationToken ct)
    {
        await queue.RemoveAsync(turn.Conversation.ConversationId, ct);
        turn.Conversation.Mode = ConversationMode.Bot;
        turn.Conversation.QueuedAt = null;
        // Leaving the queue with "batal" or "menu" abandons the request set aside when it was joined, too.
        turn.Conversation.SuspendedDialogState = null;
    }

    private Task SayAsync(ITurnContext turn, string key, long position, CancellationToken ct) =>
        turn.SendActivityAsync(catalog.Text(turn.Conversation.Language, key, new Dictionary<string, string> { ["position"] = position.ToString(CultureInfo.InvariantCulture) }), ct);
}
