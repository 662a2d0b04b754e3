namespace Chatbot.Dialogs.Bot;

/// <summary>
/// Wraps a dialog the office started (a session moved or was called off): like the case questions, it waits for the
/// citizen as long as it takes (no idle expiry) and gets their answers even while they wait for an operator. The same
/// inner dialog started by the citizen (from the menu) is not wrapped, and expires as usual.
/// </summary>
public sealed class OfficeQuestion() : Dialog(DialogId)
{
    public const string DialogId = "office-question";

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken ct = default)
    {
        var start = options as OfficeQuestionOptions ?? throw new ArgumentException($"'{DialogId}' needs {nameof(OfficeQuestionOptions)}.", nameof(options));
        return dc.BeginDialogAsync(start.DialogId, start.Options, ct);
    }

    /// <summary>The inner dialog ended: asked to go back to the menu, the menu follows; otherwise the question is done.</summary>
    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken ct = default) =>
        DialogResults.IsBackToMenu(result)
            ? dc.ReplaceDialogAsync(MainMenuDialog.DialogId, false, ct)
            : dc.EndDialogAsync(result, ct);
}
