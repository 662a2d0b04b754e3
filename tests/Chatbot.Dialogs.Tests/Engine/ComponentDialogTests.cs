using Chatbot.Dialogs.Prompts;

namespace Chatbot.Dialogs.Tests.Engine;

public class ComponentDialogTests
{
    private sealed class AddressDialog : ComponentDialog
    {
        public AddressDialog()
            : base("address")
        {
            AddDialog(new WaterfallDialog("address.steps")
                .AddStep((step, ct) => step.PromptAsync("address.street", PromptOptions.FromText("Alamat?"), ct))
                .AddStep((step, ct) =>
                {
                    step.Values["street"] = step.Result;
                    return step.PromptAsync("address.postal", PromptOptions.FromText("Kode pos?"), ct);
                })
                .AddStep((step, ct) => step.EndDialogAsync($"{step.Values["street"]} {step.Result}", ct)));
            AddDialog(new TextPrompt("address.street"));
            AddDialog(new PostalCodePrompt("address.postal"));
        }
    }

    private static DialogSet Dialogs(List<object?> results) => new DialogSet()
        .Add(new AddressDialog())
        .Add(new WaterfallDialog("main")
            .AddStep((step, ct) => step.BeginDialogAsync("address", null, ct))
            .AddStep((step, ct) =>
            {
                results.Add(step.Result);
                return step.EndDialogAsync(null, ct);
            }));

    [Fact]
    public async Task Inner_dialogs_run_on_their_own_stack_and_return_to_the_parent()
    {
        var results = new List<object?>();
        var harness = new DialogTestHarness(Dialogs(results), "main");

        Assert.Equal(["Alamat?"], await harness.SendAsync("mulai"));
        Assert.Equal(["main", "address"], harness.State.DialogStack.Select(d => d.Id).Reverse());
        Assert.Equal(["Kode pos?"], await harness.SendAsync("Jl. Merdeka 1"));
        await harness.SendAsync("42411");

        Assert.Equal(["Jl. Merdeka 1 42411"], results);
        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult!.Status);
    }

    [Fact]
    public async Task Reprompt_reaches_the_inner_prompt()
    {
        var harness = new DialogTestHarness(Dialogs([]), "main");
        await harness.SendAsync("mulai");
        await harness.SendAsync("Jl. Merdeka 1");
        var state = harness.State;
        var context = new TurnContext(Activity.CreateMessage("?"), harness.Conversation, harness.Now);

        await Dialogs([]).CreateContext(context, state).RepromptDialogAsync();

        Assert.Equal(["Kode pos?"], context.Responses.Select(r => r.Text));
    }

    [Fact]
    public async Task Cancelling_the_component_clears_its_inner_stack()
    {
        var harness = new DialogTestHarness(Dialogs([]), "main");
        await harness.SendAsync("mulai");
        var state = harness.State;
        var dc = Dialogs([]).CreateContext(new TurnContext(Activity.CreateMessage("batal"), harness.Conversation, harness.Now), state);
        var component = state.DialogStack[0];

        await dc.CancelAllDialogsAsync();

        Assert.Empty(state.DialogStack);
        Assert.Empty(((DialogState)component.State["dialogs"]!).DialogStack);
    }
}
