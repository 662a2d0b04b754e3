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

    public Task<IReadOnlyList<string>> SendAsync(Activity activity) => TurnAsync(activity, async dc =>
    {
        var result = await dc.ContinueDialogAsync();
        if (result.Status == DialogTurnStatus.Empty) result = await dc.BeginDialogAsync(rootDialogId, rootOptions);
        LastResult = result;
    });

    /// <summary>A turn in which the open question is asked again (as after a language switch) instead of answered.</summary>
    public Task<IReadOnlyList<string>> AskAgainAsync() =>
        TurnAsync(new Activity { Text = "english", Id = Guid.NewGuid().ToString("N") }, dc => dc.AskAgainAsync());

    private async Task<IReadOnlyList<string>> TurnAsync(Activity activity, Func<DialogContext, Task> turn)
    {
        var state = DialogStateSerializer.Deserialize(StateJson);
        var context = new TurnContext(activity, Conversation, Now, services: Services);
        await turn(dialogs.CreateContext(context, state));
        StateJson = DialogStateSerializer.Serialize(state);
        return context.Responses.Select(r => r.Text).ToList();
    }

    public DialogState State => DialogStateSerializer.Deserialize(StateJson);
}
