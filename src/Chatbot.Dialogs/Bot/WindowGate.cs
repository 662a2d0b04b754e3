using Chatbot.Core.Conversations;
using Chatbot.Dialogs.Storage;

namespace Chatbot.Dialogs.Bot;

/// <summary>
/// Outside WhatsApp's 24-hour window the bot may only send an approved template, so what it meant to say (the full
/// question, with the fee and the choices) is held here, on top of the dialog stack, and said as soon as the citizen
/// answers the template, which opens the window. The dialog underneath (the question's prompt) then takes the
/// citizen's next message as usual, so nobody is left without the message and nobody answers a question they did not see.
/// </summary>
public sealed class WindowGate() : Dialog(DialogId)
{
    public const string DialogId = "window-gate";
    private const string TextsKey = "texts";
    private const string SaidKey = "said";

    /// <summary>Puts the gate with <paramref name="texts"/> on top of the conversation's dialog stack.</summary>
    public static void Hold(ConversationState state, IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(state);
        var dialogState = DialogStateSerializer.Deserialize(state.DialogState);
        var gate = new DialogInstance(DialogId);
        gate.State[TextsKey] = texts.ToList();
        dialogState.DialogStack.Insert(0, gate);
        state.DialogState = DialogStateSerializer.Serialize(dialogState);
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken ct = default)
    {
        dc.ActiveDialog!.State[TextsKey] = (options as IEnumerable<string>)?.ToList() ?? [];
        return Task.FromResult(EndOfTurn);
    }

    /// <summary>
    /// The citizen answered the template: say what was held and step aside; their message answered the template, not the
    /// question they have not seen yet. If the held texts were already said (a global word such as "status" came
    /// first), the message goes on to the dialog underneath.
    /// </summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken ct = default)
    {
        var instance = dc.ActiveDialog!;
        var said = instance.State.TryGetValue(SaidKey, out var value) && value is true;
        if (!said) await SayAsync(dc.Context, instance, ct);
        dc.Stack.RemoveAt(0);
        if (!said) return dc.Stack.Count > 0 ? EndOfTurn : new DialogTurnResult(DialogTurnStatus.Complete);
        return dc.Stack.Count > 0 ? await dc.ContinueDialogAsync(ct) : new DialogTurnResult(DialogTurnStatus.Empty);
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken ct = default) =>
        SayAsync(turnContext, instance, ct);

    private static async Task SayAsync(ITurnContext turn, DialogInstance instance, CancellationToken ct)
    {
        foreach (var text in Texts(instance)) await turn.SendActivityAsync(text, ct);
        instance.State[SaidKey] = true;
    }

    private static IEnumerable<string> Texts(DialogInstance instance) =>
        instance.State.TryGetValue(TextsKey, out var value) && value is System.Collections.IEnumerable list
            ? list.OfType<string>().ToList()
            : [];
}
