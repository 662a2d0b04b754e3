using Chatbot.Dialogs.Prompts;
using Chatbot.Dialogs.Tests.Engine;

namespace Chatbot.Dialogs.Tests.Prompts;

/// <summary>One prompt inside a one-step waterfall that records what the prompt returned.</summary>
public sealed class PromptHarness
{
    private readonly DialogTestHarness _harness;

    public PromptHarness(Dialog prompt, PromptOptions options)
    {
        var dialogs = new DialogSet()
            .Add(prompt)
            .Add(new WaterfallDialog("root")
                .AddStep((step, ct) => step.PromptAsync(prompt.Id, options, ct))
                .AddStep((step, ct) =>
                {
                    Results.Add(step.Result);
                    return step.EndDialogAsync(step.Result, ct);
                }));
        _harness = new DialogTestHarness(dialogs, "root");
    }

    public List<object?> Results { get; } = [];

    public DialogTestHarness Turns => _harness;

    public bool Completed => _harness.LastResult?.Status == DialogTurnStatus.Complete;

    /// <summary>Starts the prompt and returns what it asked.</summary>
    public Task<IReadOnlyList<string>> StartAsync() => _harness.SendAsync("mulai");

    public Task<IReadOnlyList<string>> AnswerAsync(string text) => _harness.SendAsync(text);

    public Task<IReadOnlyList<string>> AnswerAsync(Activity activity) => _harness.SendAsync(activity);
}
