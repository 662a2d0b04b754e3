using Chatbot.Core.Conversations;

namespace Chatbot.Core.Ports;

/// <summary>
/// Where the bot stands with a citizen, for those outside the bot (an operator's hand-back): the dialog stack in
/// <see cref="ConversationState.DialogState"/> is the bot's own format, read only by the bot.
/// </summary>
public interface IDialogProgress
{
    /// <summary>True when no dialog is open: the bot waits for a new request (a set-aside one may be offered again).</summary>
    bool IsIdle(ConversationState state);
}
