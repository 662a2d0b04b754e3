using Chatbot.Core.Conversations;
using Chatbot.Core.Ports;
using Chatbot.Dialogs.Storage;

namespace Chatbot.Dialogs.Bot;

/// <summary>The bot's reading of its own dialog stack for <see cref="IDialogProgress"/>.</summary>
public sealed class DialogProgress : IDialogProgress
{
    public bool IsIdle(ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return DialogStateSerializer.Deserialize(state.DialogState).DialogStack.Count == 0;
    }
}
