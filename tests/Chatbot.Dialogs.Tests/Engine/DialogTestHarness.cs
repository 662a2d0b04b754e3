using Chatbot.Core.Conversations;
using Chatbot.Dialogs.Storage;

namespace Chatbot.Dialogs.Tests.Engine;

/// <summary>
/// Runs turns as production does: the dialog state is serialised to a string after every turn and read back before
/// the next, so nothing survives in memory between turns.
/// </summary>
public sealed class DialogTestHarness(DialogSet dialogs, string rootDialogId, object? rootOptions = null)
{
    public static readonly DateTimeOffset DefaultNow = new(2024, 8, 20, 3, 0, 0, TimeSpan.Zero);

    public ConversationState Conversation { get; } = new() { ConversationId = "+6281234567890" };

    public DateTimeOffset Now { get; set; } = DefaultNow;

    public IServiceProvider? Services { get; set; }

    public string? StateJson { get; private set; }

    public DialogTurnResult? LastResult { get; private set; }

    public Task<IReadOnlyList<string>> SendAsync(string text) => SendAsync(new Activity { Text = text, Id = Guid.NewGuid().ToString("N") });

    public async Task<IReadOnlyList<string>> SendAsync(Activity activity)
    {
        var state = DialogStateSerializer.Deserialize(StateJson);
        var context = new TurnContext(activity, Conversation, Now, services: Services);
        var dc = dialogs.CreateContext(context, state);
        var result = await dc.ContinueDialogAsync();
        if (result.Status == DialogTurnStatus.Empty) result = await dc.BeginDialogAsync(rootDialogId, rootOptions);
        LastResult = result;
        StateJson = DialogStateSerializer.Serialize(state);
        return context.Responses.Select(r => r.Text).ToList();
    }

    public DialogState State => DialogStateSerializer.Deserialize(StateJson);
}
