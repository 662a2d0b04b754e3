namespace Chatbot.Dialogs.Tests.Engine;

/// <summary>A dialog that waits until told "selesai", and records every call the engine makes on it.</summary>
public sealed class RecordingDialog(string id, List<string> log) : Dialog(id)
{
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken ct = default)
    {
        log.Add($"{Id}.begin({options})");
        dc.ActiveDialog!.State["options"] = options;
        return Task.FromResult(EndOfTurn);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken ct = default)
    {
        log.Add($"{Id}.continue({dc.Context.Activity.Text})");
        return dc.Context.Activity.Text == "selesai"
            ? dc.EndDialogAsync($"{Id}-result", ct)
            : Task.FromResult(EndOfTurn);
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken ct = default)
    {
        log.Add($"{Id}.reprompt");
        return Task.CompletedTask;
    }

    public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken ct = default)
    {
        log.Add($"{Id}.end({reason})");
        return Task.CompletedTask;
    }
}
