using Chatbot.Core.Identity;
using Chatbot.Dialogs.Prompts;

namespace Chatbot.Dialogs.Tests.Engine;

public class WaterfallDialogTests
{
    private static DialogSet Registration(List<object?> finished) => new DialogSet()
        .Add(new TextPrompt("text"))
        .Add(new NikPrompt("nik"))
        .Add(new DatePrompt("date"))
        .Add(new ConfirmPrompt("confirm"))
        .Add(new WaterfallDialog("register", [
            (step, ct) => step.PromptAsync("text", PromptOptions.FromText("Nama lengkap?"), ct),
            (step, ct) =>
            {
                step.Values["name"] = step.Result;
                return step.PromptAsync("nik", PromptOptions.FromText("NIK?"), ct);
            },
            (step, ct) =>
            {
                step.Values["nik"] = step.Result;
                return step.PromptAsync("date", PromptOptions.FromText("Tanggal perekaman?"), ct);
            },
            async (step, ct) =>
            {
                step.Values["date"] = step.Result;
                step.Values["attempt"] = 3;
                var nik = (Nik)step.Values["nik"]!;
                await step.Context.SendActivityAsync($"{step.Values["name"]} {nik.BirthDate:yyyy-MM-dd} {(DateOnly)step.Values["date"]!:dd/MM/yyyy}", ct);
                return await step.PromptAsync("confirm", PromptOptions.FromText("Benar?"), ct);
            },
            async (step, ct) =>
            {
                finished.Add(step.Values["attempt"]);
                finished.Add(step.Result);
                return await step.EndDialogAsync(step.Values["name"], ct);
            },
        ]));

    [Fact]
    public async Task Runs_over_several_turns_with_state_serialised_between_them()
    {
        var finished = new List<object?>();
        var harness = new DialogTestHarness(Registration(finished), "register");

        Assert.Equal(["Nama lengkap?"], await harness.SendAsync("halo"));
        Assert.Equal(["NIK?"], await harness.SendAsync("  Siti Aminah "));
        Assert.Equal(["Tanggal perekaman?"], await harness.SendAsync("3672 0117 0885 0001"));
        Assert.Equal(["Siti Aminah 1985-08-17 19/08/2024", "Benar?"], await harness.SendAsync("kemarin"));
        Assert.Equal(DialogTurnStatus.Waiting, harness.LastResult!.Status);

        Assert.Empty(await harness.SendAsync("ya"));

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult.Status);
        Assert.Equal("Siti Aminah", harness.LastResult.Result);
        Assert.Equal([3, true], finished);
        Assert.Empty(harness.State.DialogStack);
    }

    [Fact]
    public async Task Asked_again_the_step_runs_with_the_input_it_had_and_the_answers_stay()
    {
        static string Say(WaterfallStepContext step, string id, string en) => step.Context.Conversation.Language == "en" ? en : id;
        var dialogs = new DialogSet()
            .Add(new TextPrompt("text"))
            .Add(new WaterfallDialog("w", [
                (step, ct) => step.PromptAsync("text", PromptOptions.FromText(Say(step, "Nama?", "Name?")), ct),
                (step, ct) =>
                {
                    step.Values["name"] = step.Result;
                    return step.PromptAsync("text", PromptOptions.FromText(Say(step, $"Kota {step.Result}?", $"{step.Result}'s city?")), ct);
                },
                (step, ct) => step.EndDialogAsync($"{step.Values["name"]} {step.Result}", ct),
            ]));
        var harness = new DialogTestHarness(dialogs, "w");
        await harness.SendAsync("halo");
        Assert.Equal(["Kota Siti?"], await harness.SendAsync("Siti"));

        harness.Conversation.Language = "en";

        Assert.Equal(["Siti's city?"], await harness.AskAgainAsync());
        Assert.Empty(await harness.SendAsync("Cilegon"));
        Assert.Equal("Siti Cilegon", harness.LastResult!.Result);
    }

    [Fact]
    public async Task A_prompt_without_an_owner_that_can_ask_again_repeats_its_text()
    {
        var harness = new DialogTestHarness(new DialogSet().Add(new TextPrompt("text")), "text", PromptOptions.FromText("Nama?"));
        await harness.SendAsync("halo");

        Assert.Equal(["Nama?"], await harness.AskAgainAsync());
    }

    [Fact]
    public async Task Values_keep_their_types_in_the_serialised_state()
    {
        var harness = new DialogTestHarness(Registration([]), "register");
        await harness.SendAsync("halo");
        await harness.SendAsync("Siti");
        await harness.SendAsync("3672011708850001");

        var values = (IDictionary<string, object?>)harness.State.DialogStack.Last().State["values"]!;

        Assert.Equal("Siti", values["name"]);
        Assert.IsType<Nik>(values["nik"]);
    }

    [Fact]
    public async Task NextAsync_skips_to_the_following_step_with_its_result()
    {
        var seen = new List<object?>();
        var dialogs = new DialogSet().Add(new WaterfallDialog("w")
            .AddStep((step, ct) => step.NextAsync(42L, ct))
            .AddStep((step, ct) =>
            {
                seen.Add(step.Result);
                seen.Add(step.Reason);
                return step.NextAsync(null, ct);
            })
            .AddStep((step, ct) => step.EndDialogAsync("done", ct)));
        var harness = new DialogTestHarness(dialogs, "w");

        await harness.SendAsync("hi");

        Assert.Equal([42L, DialogReason.NextCalled], seen);
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "done"), harness.LastResult);
    }

    [Fact]
    public async Task NextAsync_twice_in_one_step_throws()
    {
        var dialogs = new DialogSet().Add(new WaterfallDialog("w")
            .AddStep(async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            })
            .AddStep((step, ct) => Task.FromResult(Dialog.EndOfTurn)));
        var harness = new DialogTestHarness(dialogs, "w");

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.SendAsync("hi"));
    }

    [Fact]
    public async Task Running_past_the_last_step_ends_with_the_last_result()
    {
        var dialogs = new DialogSet()
            .Add(new TextPrompt("text"))
            .Add(new WaterfallDialog("w").AddStep((step, ct) => step.PromptAsync("text", PromptOptions.FromText("?"), ct)));
        var harness = new DialogTestHarness(dialogs, "w");

        await harness.SendAsync("start");
        await harness.SendAsync("jawaban");

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "jawaban"), harness.LastResult);
    }

    [Fact]
    public async Task A_step_that_waits_without_a_prompt_gets_the_next_message_as_result()
    {
        object? received = null;
        var dialogs = new DialogSet().Add(new WaterfallDialog("w")
            .AddStep((step, ct) => Task.FromResult(Dialog.EndOfTurn))
            .AddStep((step, ct) =>
            {
                received = step.Result;
                return step.EndDialogAsync(null, ct);
            }));
        var harness = new DialogTestHarness(dialogs, "w");

        await harness.SendAsync("first");
        await harness.SendAsync("second");

        Assert.Equal("second", received);
    }

    [Fact]
    public async Task Options_given_at_begin_reach_every_step_across_turns()
    {
        var seen = new List<object?>();
        var dialogs = new DialogSet()
            .Add(new TextPrompt("text"))
            .Add(new WaterfallDialog("w")
                .AddStep((step, ct) =>
                {
                    seen.Add(step.Options);
                    return step.PromptAsync("text", PromptOptions.FromText("?"), ct);
                })
                .AddStep((step, ct) =>
                {
                    seen.Add(step.Options);
                    return step.EndDialogAsync(null, ct);
                }));
        var harness = new DialogTestHarness(dialogs, "w", rootOptions: new DateOnly(2024, 1, 2));

        await harness.SendAsync("a");
        await harness.SendAsync("b");

        Assert.Equal([new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 2)], seen);
    }
}
