using Chatbot.Core.Conversations;
using Chatbot.Dialogs.Prompts;

namespace Chatbot.Dialogs.Tests.Engine;

public class DialogContextTests
{
    private readonly List<string> _log = [];

    private static TurnContext Turn(string text) =>
        new(Activity.CreateMessage(text), new ConversationState { ConversationId = "+6281234567890" }, DialogTestHarness.DefaultNow);

    [Fact]
    public async Task Continue_with_nothing_active_is_empty()
    {
        var dc = new DialogSet().CreateContext(Turn("hi"), new DialogState());

        Assert.Equal(DialogTurnStatus.Empty, (await dc.ContinueDialogAsync()).Status);
        Assert.Null(dc.ActiveDialog);
    }

    [Fact]
    public async Task Begin_pushes_and_end_pops_with_the_result()
    {
        var state = new DialogState();
        var dc = new DialogSet().Add(new RecordingDialog("a", _log)).CreateContext(Turn("hi"), state);

        var begun = await dc.BeginDialogAsync("a", "opt");

        Assert.Equal(DialogTurnStatus.Waiting, begun.Status);
        Assert.Equal("a", Assert.Single(state.DialogStack).Id);
        var ended = await dc.EndDialogAsync("r");
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "r"), ended);
        Assert.Empty(state.DialogStack);
        Assert.Equal(["a.begin(opt)", "a.end(EndCalled)"], _log);
    }

    [Fact]
    public async Task Unknown_dialog_throws()
    {
        var dc = new DialogSet().CreateContext(Turn("hi"), new DialogState());

        await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("missing"));
    }

    [Fact]
    public void Adding_the_same_id_twice_throws()
    {
        var set = new DialogSet().Add(new RecordingDialog("a", _log));

        Assert.Throws<ArgumentException>(() => set.Add(new RecordingDialog("a", _log)));
    }

    [Fact]
    public async Task Child_result_resumes_the_parent_waterfall()
    {
        object? childResult = null;
        var dialogs = new DialogSet()
            .Add(new RecordingDialog("child", _log))
            .Add(new WaterfallDialog("parent")
                .AddStep((step, ct) => step.BeginDialogAsync("child", "x", ct))
                .AddStep((step, ct) =>
                {
                    childResult = step.Result;
                    return step.EndDialogAsync("parent-done", ct);
                }));
        var harness = new DialogTestHarness(dialogs, "parent");

        await harness.SendAsync("start");
        Assert.Equal(["parent", "child"], harness.State.DialogStack.Select(d => d.Id).Reverse());
        await harness.SendAsync("masih");
        await harness.SendAsync("selesai");

        Assert.Equal("child-result", childResult);
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "parent-done"), harness.LastResult);
        Assert.Equal(["child.begin(x)", "child.continue(masih)", "child.continue(selesai)", "child.end(EndCalled)"], _log);
    }

    [Fact]
    public async Task Cancel_all_ends_every_dialog_top_first()
    {
        var state = new DialogState();
        var dc = new DialogSet().Add(new RecordingDialog("a", _log)).Add(new RecordingDialog("b", _log)).CreateContext(Turn("hi"), state);
        await dc.BeginDialogAsync("a");
        await dc.BeginDialogAsync("b");

        var result = await dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Empty(state.DialogStack);
        Assert.Equal(["a.begin()", "b.begin()", "b.end(CancelCalled)", "a.end(CancelCalled)"], _log);
        Assert.Equal(DialogTurnStatus.Empty, (await dc.CancelAllDialogsAsync()).Status);
    }

    [Fact]
    public async Task Replace_swaps_the_top_without_resuming_the_parent()
    {
        var state = new DialogState();
        var dc = new DialogSet().Add(new RecordingDialog("a", _log)).Add(new RecordingDialog("b", _log)).CreateContext(Turn("hi"), state);
        await dc.BeginDialogAsync("a");

        await dc.ReplaceDialogAsync("b", 7);

        Assert.Equal("b", Assert.Single(state.DialogStack).Id);
        Assert.Equal(["a.begin()", "a.end(ReplaceCalled)", "b.begin(7)"], _log);
    }

    [Fact]
    public async Task Replace_restarts_a_waterfall_as_a_loop()
    {
        var rounds = 0;
        var dialogs = new DialogSet()
            .Add(new ConfirmPrompt("again"))
            .Add(new WaterfallDialog("loop")
                .AddStep((step, ct) =>
                {
                    rounds++;
                    return step.PromptAsync("again", PromptOptions.FromText("Lagi?"), ct);
                })
                .AddStep((step, ct) => step.Result is true ? step.ReplaceDialogAsync("loop", null, ct) : step.EndDialogAsync(rounds, ct)));
        var harness = new DialogTestHarness(dialogs, "loop");

        await harness.SendAsync("mulai");
        Assert.Equal(["Lagi?"], await harness.SendAsync("ya"));
        await harness.SendAsync("tidak");

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, 2), harness.LastResult);
        Assert.Empty(harness.State.DialogStack);
    }

    [Fact]
    public async Task Reprompt_asks_the_active_dialog_again()
    {
        var dc = new DialogSet().Add(new RecordingDialog("a", _log)).CreateContext(Turn("hi"), new DialogState());
        await dc.BeginDialogAsync("a");

        await dc.RepromptDialogAsync();

        Assert.Equal("a.reprompt", _log[^1]);
    }

    [Fact]
    public async Task Continue_with_state_of_a_removed_dialog_throws_a_clear_error()
    {
        var state = new DialogState([new DialogInstance("gone")]);
        var dc = new DialogSet().CreateContext(Turn("hi"), state);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => dc.ContinueDialogAsync());

        Assert.Contains("gone", error.Message, StringComparison.Ordinal);
    }
}
