using Chatbot.Core.Conversations;
using Chatbot.Core.Identity;
using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Microsoft.Extensions.Logging;

namespace Chatbot.Dialogs.Bot;

/// <summary>
/// Handles one accepted message end to end: load the conversation (one round trip), run the turn in memory, then
/// commit state, replies, transcript, processed marker and acknowledgement together (one round trip). A concurrent
/// change of the state (stale ETag) runs the turn again on the fresh state; nothing was sent in between.
/// </summary>
public sealed class ConversationTurnHandler(
    IConversationStore store,
    IInboxReader inbox,
    CitizenBot bot,
    TurnContextFactory turns,
    TimeProvider clock,
    ILogger<ConversationTurnHandler> logger) : IInboundHandler
{
    public Task HandleAsync(InboxEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var message = entry.Message;
        return store.UpdateAsync(message.ConversationId, message.MessageId, async snapshot =>
        {
            if (snapshot.AlreadyProcessed)
            {
                // A redelivery after a crash between commit and ack, or a repeat: the citizen was answered already.
                await inbox.AckAsync(entry.Receipt, cancellationToken);
                return new ConversationDecision<bool>(false);
            }

            return new ConversationDecision<bool>(true, await RunTurnAsync(snapshot.State, entry, cancellationToken));
        },
        attempt => logger.LogInformation("Conversation {Conversation} changed during a turn; running the turn again (attempt {Attempt}).", Masking.Phone(message.ConversationId), attempt),
        cancellationToken);
    }

    private async Task<TurnCommit> RunTurnAsync(ConversationState state, InboxEntry entry, CancellationToken ct)
    {
        var message = entry.Message;
        var now = clock.GetUtcNow();
        if (message.ProfileName is { Length: > 0 } name) state.ProfileName = name;
        if (state.LastInboundAt is not { } last || message.ReceivedAt > last) state.LastInboundAt = message.ReceivedAt;

        var turn = turns.Create(message, state, now);
        await bot.OnTurnAsync(turn, ct);
        state.LastActivityAt = now;

        var outgoing = turn.Responses
            .Where(r => !string.IsNullOrEmpty(r.Text))
            .Select(r => OutboundMessage.FromBot(state.ConversationId, r.Text, now))
            .ToList();
        var transcript = new List<TranscriptEntry>
        {
            new(Speaker.Citizen, message.Text, message.ReceivedAt, message.MessageId) { Media = message.Media },
        };
        transcript.AddRange(outgoing.Select(o => new TranscriptEntry(Speaker.Bot, o.Text!, now, o.Id)));
        return new TurnCommit
        {
            State = state,
            Outgoing = outgoing,
            Transcript = transcript,
            ProcessedMessageId = message.MessageId,
            Ack = entry.Receipt,
        };
    }
}
