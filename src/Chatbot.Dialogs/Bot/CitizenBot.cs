using Chatbot.Core.Conversations;
using Chatbot.Dialogs.Bot.Activation;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;
using Chatbot.Dialogs.Recognizers;
using Chatbot.Dialogs.Storage;

namespace Chatbot.Dialogs.Bot;

/// <summary>
/// One turn of the citizen-facing bot. The conversation's mode decides who answers; global words work at every step;
/// an unfinished flow left idle is set aside and offered for resumption instead of silently continuing or vanishing.
/// An office event (a case printed, shipped or finished; a session tomorrow, moved or called off) is a turn too, started
/// by the bot: it may ask its own question (delivery, rating, another session), and the citizen's answers reach it even
/// while they wait in the operator queue.
/// </summary>
public sealed class CitizenBot(DialogCatalog catalog, DialogSet dialogs, Handoff handoff, StatusReply status, ActivationNotices activation)
{
    /// <summary>Dialogs the office started: they wait for the citizen as long as it takes (no idle expiry).</summary>
    private static readonly HashSet<string> CaseDialogs = [DeliveryDialog.DialogId, RatingDialog.DialogId, WindowGate.DialogId, OfficeQuestion.DialogId];

    public async Task OnTurnAsync(ITurnContext turn, CancellationToken ct)
    {
        if (EventActivity.IsEvent(turn))
        {
            await OnEventAsync(turn, ct);
            return;
        }

        var state = turn.Conversation;
        var word = catalog.MatchGlobalWord(turn.Activity.Text);
        var dialogState = DialogStateSerializer.Deserialize(state.DialogState);
        switch (state.Mode)
        {
            case ConversationMode.WithOperator:
                // An operator holds the conversation: the bot stays silent, the message shows in the console.
                return;
            case ConversationMode.Queued when HasCaseDialog(dialogState.DialogStack):
                // Waiting for an operator, but the bot's own question about a printed or finished case is on screen:
                // the message (a global word too: "batal", "english") is about that question.
                break;
            case ConversationMode.Queued:
                await OnQueuedTurnAsync(turn, word, ct);
                return;
            case ConversationMode.Closed:
                state.Mode = ConversationMode.Bot;
                break;
        }

        var dc = dialogs.CreateContext(turn, dialogState);
        var caseDialog = HasCaseDialog(dc.Stack);
        if (dc.ActiveDialog is not null && !caseDialog && state.LastActivityAt is { } last && turn.Now - last > catalog.Bot.IdleExpiry && word is null)
        {
            state.SuspendedDialogState = state.DialogState;
            await dc.CancelAllDialogsAsync(ct);
            await Say(turn, TextKeys.ResumeOffer, ct);
        }
        else if (word is { } global)
        {
            await OnGlobalWordAsync(dc, global, ct);
        }
        else if (state.SuspendedDialogState is not null && dc.ActiveDialog is null)
        {
            dc = await OnResumeAnswerAsync(dc, ct);
        }
        else
        {
            var result = await dc.ContinueDialogAsync(ct);
            if (result.Status == DialogTurnStatus.Empty) await dc.BeginDialogAsync(MainMenuDialog.DialogId, null, ct);
            else if (caseDialog && dc.ActiveDialog is null && state.Mode == ConversationMode.Bot && state.SuspendedDialogState is not null) await Say(turn, TextKeys.ResumeOffer, ct);
        }

        state.DialogState = DialogStateSerializer.Serialize(new DialogState(dc.Stack));
    }

    /// <summary>
    /// The office did something: printed asks how to receive the card, completed asks for a rating, a moved or
    /// called-off session asks what next (each sets aside what the citizen was filling in, offered again afterwards);
    /// shipped, ready, refused, cancelled and the reminders only inform. Runs whatever the mode: while an operator holds
    /// the conversation the message still goes out (the operator sees it), and the citizen's answer reaches the bot once
    /// it is handed back.
    /// </summary>
    private async Task OnEventAsync(ITurnContext turn, CancellationToken ct)
    {
        var state = turn.Conversation;
        var citizenEvent = EventActivity.Event(turn);
        var dc = dialogs.CreateContext(turn, DialogStateSerializer.Deserialize(state.DialogState));
        if (ActivationNotices.Handles(citizenEvent.Name))
        {
            if (await activation.SayAsync(turn, citizenEvent, ct) is { } question)
            {
                await SetAsideAsync(dc, ct);
                await dc.BeginDialogAsync(OfficeQuestion.DialogId, question, ct);
            }
        }
        else
        {
            await OnCaseEventAsync(dc, citizenEvent, ct);
        }

        state.DialogState = DialogStateSerializer.Serialize(new DialogState(dc.Stack));
    }

    private async Task OnCaseEventAsync(DialogContext dc, CitizenEvent citizenEvent, CancellationToken ct)
    {
        var turn = dc.Context;
        var @case = citizenEvent.SubjectAs<Core.Cases.ServiceCase>();
        var language = turn.Conversation.Language;
        switch (citizenEvent.Name)
        {
            case TemplateEvents.Printed:
                await SetAsideAsync(dc, ct);
                await dc.BeginDialogAsync(DeliveryDialog.DialogId, new DeliveryOptions { Code = @case.Code.Value }, ct);
                break;
            case TemplateEvents.Completed:
                await SetAsideAsync(dc, ct);
                await dc.BeginDialogAsync(RatingDialog.DialogId, @case.Code.Value, ct);
                break;
            case TemplateEvents.Shipped:
                await turn.SendActivityAsync(catalog.Text(language, TextKeys.TrackingSent, new Dictionary<string, string>
                {
                    ["code"] = @case.Code.ToString(),
                    ["trackingNumber"] = @case.TrackingNumber ?? string.Empty,
                }), ct);
                break;
            case TemplateEvents.Ready:
                await turn.SendActivityAsync(DeliveryDialog.ReadyText(catalog, language, @case), ct);
                break;
            case TemplateEvents.Refused or TemplateEvents.Cancelled:
                // A question about this case (how to receive the card) has nothing left to ask.
                if (DeliveryDialog.OptionsOf(dc.Stack)?.Code == @case.Code.Value) await dc.CancelAllDialogsAsync(ct);
                await turn.SendActivityAsync(catalog.Text(language, citizenEvent.Name == TemplateEvents.Refused ? TextKeys.CaseRefused : TextKeys.CaseCancelled, new Dictionary<string, string>
                {
                    ["code"] = @case.Code.ToString(),
                    ["reason"] = CaseEvents.ClosingReason(@case) ?? catalog.Text(language, TextKeys.CaseNoReason),
                }), ct);
                break;
            default:
                throw new ArgumentException($"Unknown event '{citizenEvent.Name}'.", nameof(citizenEvent));
        }
    }

    /// <summary>
    /// Makes room for a question about a case: an unfinished request is kept aside (offered again when the question is
    /// answered), the bare menu and an older case question are dropped.
    /// </summary>
    private static async Task SetAsideAsync(DialogContext dc, CancellationToken ct)
    {
        var stack = dc.Stack;
        var bareMenu = stack.Count == 2 && stack[0].Id == MainMenuDialog.MenuPromptId && stack[1].Id == MainMenuDialog.DialogId;
        if (stack.Count > 0 && !bareMenu && !HasCaseDialog(stack))
        {
            dc.Context.Conversation.SuspendedDialogState = DialogStateSerializer.Serialize(new DialogState(stack));
        }

        await dc.CancelAllDialogsAsync(ct);
    }

    private static bool HasCaseDialog(IEnumerable<DialogInstance> stack) => stack.Any(d => CaseDialogs.Contains(d.Id));

    private async Task OnGlobalWordAsync(DialogContext dc, GlobalWord word, CancellationToken ct)
    {
        var turn = dc.Context;
        var active = dc.ActiveDialog is not null;
        switch (word)
        {
            case GlobalWord.English or GlobalWord.Bahasa:
                turn.Conversation.Language = catalog.Language(word == GlobalWord.English ? "en" : "id");
                await Say(turn, TextKeys.LanguageSwitched, ct);
                // The question on screen was in the old language: the dialog that asked it asks it again, built in the new one.
                if (active) await dc.AskAgainAsync(ct);
                else await dc.BeginDialogAsync(MainMenuDialog.DialogId, false, ct);
                break;
            case GlobalWord.Cancel when DeliveryDialog.OptionsOf(dc.Stack) is { } delivery:
                // The printed card must still go somewhere: "batal" drops the address or office being entered, not the question.
                await dc.CancelAllDialogsAsync(ct);
                await Say(turn, TextKeys.DeliveryBack, ct);
                await dc.BeginDialogAsync(DeliveryDialog.DialogId, new DeliveryOptions { Code = delivery.Code, Again = true }, ct);
                break;
            case GlobalWord.Cancel:
                turn.Conversation.SuspendedDialogState = null;
                await dc.CancelAllDialogsAsync(ct);
                await Say(turn, active ? TextKeys.GlobalCancelled : TextKeys.GlobalNothingToCancel, ct);
                break;
            case GlobalWord.Menu:
                turn.Conversation.SuspendedDialogState = null;
                await dc.CancelAllDialogsAsync(ct);
                await dc.BeginDialogAsync(MainMenuDialog.DialogId, null, ct);
                break;
            case GlobalWord.Help:
                await Say(turn, TextKeys.GlobalHelp, ct);
                if (active) await dc.RepromptDialogAsync(ct);
                break;
            case GlobalWord.Status:
                await status.SendAsync(turn, ct);
                if (active) await dc.RepromptDialogAsync(ct);
                break;
            case GlobalWord.Agent:
                // The unfinished flow is kept aside: when the conversation comes back to the bot it is offered again.
                if (active) turn.Conversation.SuspendedDialogState = DialogStateSerializer.Serialize(new DialogState(dc.Stack));
                await dc.CancelAllDialogsAsync(ct);
                await handoff.RequestAsync(turn, ct);
                break;
        }
    }

    private async Task<DialogContext> OnResumeAnswerAsync(DialogContext dc, CancellationToken ct)
    {
        var turn = dc.Context;
        var suspended = turn.Conversation.SuspendedDialogState;
        turn.Conversation.SuspendedDialogState = null;
        switch (YesNoRecognizer.Recognize(turn.Activity.Text))
        {
            case true:
                var restored = dialogs.CreateContext(turn, DialogStateSerializer.Deserialize(suspended));
                await Say(turn, TextKeys.ResumeResumed, ct);
                await restored.RepromptDialogAsync(ct);
                return restored;
            case false:
                await Say(turn, TextKeys.ResumeDiscarded, ct);
                await dc.BeginDialogAsync(MainMenuDialog.DialogId, false, ct);
                return dc;
            default:
                await dc.BeginDialogAsync(MainMenuDialog.DialogId, null, ct);
                return dc;
        }
    }

    private async Task OnQueuedTurnAsync(ITurnContext turn, GlobalWord? word, CancellationToken ct)
    {
        switch (word)
        {
            case GlobalWord.Cancel or GlobalWord.Menu:
                await handoff.WithdrawAsync(turn, ct);
                await Say(turn, TextKeys.GlobalCancelled, ct);
                break;
            case GlobalWord.Status:
                await status.SendAsync(turn, ct);
                break;
            case GlobalWord.English or GlobalWord.Bahasa:
                turn.Conversation.Language = catalog.Language(word == GlobalWord.English ? "en" : "id");
                await Say(turn, TextKeys.LanguageSwitched, ct);
                await handoff.RemindAsync(turn, ct);
                break;
            default:
                await handoff.RemindAsync(turn, ct);
                break;
        }
    }

    private Task Say(ITurnContext turn, string key, CancellationToken ct) =>
        turn.SendActivityAsync(catalog.Text(turn.Conversation.Language, key), ct);
}
