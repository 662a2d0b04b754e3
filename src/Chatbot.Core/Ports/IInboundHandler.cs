namespace Chatbot.Core.Ports;

/// <summary>
/// Handles one accepted inbound message to the end: the mode decides (bot turn, queue position, operator), and the
/// state, replies, transcript and acknowledgement are committed together. Called by the inbox worker, one message
/// of a conversation at a time, in order.
/// </summary>
public interface IInboundHandler
{
    Task HandleAsync(InboxEntry entry, CancellationToken cancellationToken = default);
}
