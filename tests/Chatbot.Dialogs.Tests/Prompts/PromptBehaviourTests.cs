using Chatbot.Dialogs.Prompts;

namespace Chatbot.Dialogs.Tests.Prompts;

public class PromptBehaviourTests
{
    [Fact]
    public async Task Valid_answer_completes_with_the_value()
    {
        var prompt = new PromptHarness(new TextPrompt("name"), PromptOptions.FromText("Nama?", "Nama tidak boleh kosong."));

        Assert.Equal(["Nama?"], await prompt.StartAsync());
        Assert.Empty(await prompt.AnswerAsync("  Budi Santoso "));

        Assert.True(prompt.Completed);
        Assert.Equal(["Budi Santoso"], prompt.Results);
    }

    [Fact]
    public async Task Invalid_answer_re_asks_with_the_retry_prompt_and_keeps_waiting()
    {
        var prompt = new PromptHarness(new TextPrompt("name"), PromptOptions.FromText("Nama?", "Nama tidak boleh kosong."));
        await prompt.StartAsync();

        Assert.Equal(["Nama tidak boleh kosong."], await prompt.AnswerAsync("   "));
        Assert.False(prompt.Completed);
        Assert.Equal(["Nama tidak boleh kosong."], await prompt.AnswerAsync(""));
        Assert.Empty(await prompt.AnswerAsync("Budi"));
        Assert.Equal(["Budi"], prompt.Results);
    }

    [Fact]
    public async Task Without_a_retry_prompt_the_prompt_is_repeated()
    {
        var prompt = new PromptHarness(new TextPrompt("name"), PromptOptions.FromText("Nama?"));
        await prompt.StartAsync();

        Assert.Equal(["Nama?"], await prompt.AnswerAsync(" "));
    }

    [Fact]
    public async Task Error_specific_retry_text_is_chosen_and_filled_in()
    {
        var options = PromptOptions.FromText("NIK?", "NIK tidak valid.");
        options.RetryPrompts = new() { ["nik.wrongLength"] = "NIK harus 16 digit, yang Anda kirim {count} digit." };
        var prompt = new PromptHarness(new NikPrompt("nik"), options);
        await prompt.StartAsync();

        Assert.Equal(["NIK harus 16 digit, yang Anda kirim 15 digit."], await prompt.AnswerAsync("367201170885000"));
        Assert.Equal(["NIK tidak valid."], await prompt.AnswerAsync("3672011708850000"));
    }

    [Fact]
    public async Task Validator_sees_the_attempt_count_and_can_pick_the_retry_text()
    {
        var attempts = new List<int>();
        var options = PromptOptions.FromText("Nama?", "Ulangi.");
        options.RetryPrompts = new() { ["name.tooShort"] = "Minimal {min} huruf." };
        var prompt = new PromptHarness(
            new TextPrompt("name", (ctx, ct) =>
            {
                attempts.Add(ctx.AttemptCount);
                if (!ctx.Recognized.Succeeded) return Task.FromResult(false);
                if (ctx.Recognized.Value!.Length >= 3) return Task.FromResult(true);
                ctx.Recognized.ErrorCode = "name.tooShort";
                ctx.Recognized.ErrorArgs = new() { ["min"] = "3" };
                return Task.FromResult(false);
            }),
            options);
        await prompt.StartAsync();

        Assert.Equal(["Minimal 3 huruf."], await prompt.AnswerAsync("Bu"));
        Assert.Equal(["Ulangi."], await prompt.AnswerAsync(" "));
        Assert.Empty(await prompt.AnswerAsync("Budi"));

        Assert.Equal([1, 2, 3], attempts);
        Assert.Equal(["Budi"], prompt.Results);
    }

    [Fact]
    public async Task Validator_state_survives_between_turns()
    {
        var prompt = new PromptHarness(
            new TextPrompt("name", (ctx, ct) =>
            {
                var seen = ctx.State.TryGetValue("seen", out var s) ? (List<string>)s! : [];
                seen.Add(ctx.Recognized.Value ?? string.Empty);
                ctx.State["seen"] = seen;
                return Task.FromResult(seen.Count == 3);
            }),
            PromptOptions.FromText("?"));
        await prompt.StartAsync();

        await prompt.AnswerAsync("a");
        await prompt.AnswerAsync("b");
        await prompt.AnswerAsync("c");

        Assert.True(prompt.Completed);
    }

    [Fact]
    public async Task A_validator_that_answers_itself_replaces_the_retry_text()
    {
        var prompt = new PromptHarness(
            new TextPrompt("name", async (ctx, ct) =>
            {
                await ctx.Context.SendActivityAsync("Terlalu pendek.", ct);
                return false;
            }),
            PromptOptions.FromText("Nama?", "Ulangi."));
        await prompt.StartAsync();

        Assert.Equal(["Terlalu pendek."], await prompt.AnswerAsync("x"));
    }

    [Fact]
    public async Task Begin_without_options_throws()
    {
        var dc = new DialogSet().Add(new TextPrompt("t")).CreateContext(
            new TurnContext(Activity.CreateMessage("x"), new Core.Conversations.ConversationState { ConversationId = "c" }),
            new DialogState());

        await Assert.ThrowsAsync<ArgumentException>(() => dc.BeginDialogAsync("t", "not options"));
    }

    [Fact]
    public async Task Reprompt_sends_the_first_prompt_again()
    {
        var prompt = new PromptHarness(new TextPrompt("name"), PromptOptions.FromText("Nama?", "Ulangi."));
        await prompt.StartAsync();
        var state = prompt.Turns.State;
        var context = new TurnContext(Activity.CreateMessage("menu"), prompt.Turns.Conversation);
        var dialogs = new DialogSet().Add(new TextPrompt("name"));

        await dialogs.CreateContext(context, new DialogState([state.DialogStack[0]])).RepromptDialogAsync();

        Assert.Equal(["Nama?"], context.Responses.Select(r => r.Text));
    }

    [Fact]
    public void Retry_resolution_prefers_the_reason_then_retry_then_prompt()
    {
        var options = PromptOptions.FromText("P", "R");
        options.RetryPrompts = new() { ["a"] = "A {x} {y}" };

        Assert.Equal("A 1 {y}", options.ResolveRetry("a", new Dictionary<string, string> { ["x"] = "1" })!.Text);
        Assert.Equal("R", options.ResolveRetry("b", null)!.Text);
        Assert.Equal("R", options.ResolveRetry(null, null)!.Text);
        Assert.Equal("P", PromptOptions.FromText("P").ResolveRetry("a", null)!.Text);
    }
}
