using System.Globalization;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;
using Chatbot.Dialogs.Prompts;
using Chatbot.Dialogs.Recognizers;

namespace Chatbot.Dialogs.Bot;

/// <summary>
/// Runs a flow of dialogs/flows as a dialog: asks each step, then shows the summary with "1 Benar / 2 Ubah / 3 Batal";
/// "Ubah" lets the citizen pick one field, re-asks only that one and shows the summary again. A choice with a single
/// option (one pickup office) is not asked: it is answered by itself and confirmed in the summary. Ends with
/// <see cref="FlowAnswers"/>, or with null when the citizen declined consent or cancelled at the summary (or asked to
/// change a flow that has nothing to change: its caller offers the way back).
/// </summary>
public sealed class FlowDialog(FlowDefinition flow, DialogCatalog catalog) : Dialog(IdOf(flow.Id)), IAsksAgain
{
    private const string ValuesKey = "values";
    private const string IndexKey = "index";
    private const string PhaseKey = "phase";
    private const string Asking = "asking", Editing = "editing", Summary = "summary", WhichField = "which";

    public static string IdOf(string flowId) => "flow:" + flowId;

    public static string SummaryPromptId(string flowId) => IdOf(flowId) + ":summary";

    public static string WhichFieldPromptId(string flowId) => IdOf(flowId) + ":which";

    public FlowDefinition Flow => flow;

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken ct = default)
    {
        var state = dc.ActiveDialog!.State;
        state[ValuesKey] = new Dictionary<string, object?>();
        return AskAsync(dc, 0, Asking, ct);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken ct = default)
    {
        var state = dc.ActiveDialog!.State;
        var values = (IDictionary<string, object?>)state[ValuesKey]!;
        var index = Convert.ToInt32(state[IndexKey], CultureInfo.InvariantCulture);
        var language = dc.Context.Conversation.Language;
        switch (state[PhaseKey] as string)
        {
            case Asking or Editing:
                var step = flow.Steps[index];
                if (step.Type == StepType.Confirm && result is false && step.Declined is not null)
                {
                    await dc.Context.SendActivityAsync(catalog.Text(language, step.Declined), ct);
                    return await dc.EndDialogAsync(null, ct);
                }

                values[step.Field] = result is FoundChoice choice ? choice.Value : result;
                if (step.Accepted is not null && result is not System.Collections.ICollection { Count: 0 })
                {
                    await dc.Context.SendActivityAsync(catalog.Text(language, step.Accepted), ct);
                }

                return state[PhaseKey] as string == Asking
                    ? await AskAsync(dc, index + 1, Asking, ct)
                    : await ShowSummaryAsync(dc, values, ct);

            case Summary:
                return (result as FoundChoice)?.Value switch
                {
                    "send" => await dc.EndDialogAsync(new FlowAnswers { FlowId = flow.Id, Values = new Dictionary<string, object?>(values) }, ct),
                    "change" when Editable(language, values).Count > 0 => await AskWhichFieldAsync(dc, ct),
                    "change" => await dc.EndDialogAsync(null, ct),
                    _ => await CancelAsync(dc, ct),
                };

            case WhichField:
                var editable = Editable(language, values);
                var chosen = editable[((FoundChoice)result!).Index];
                return await AskAsync(dc, IndexOf(chosen), Editing, ct);

            default:
                return await dc.EndDialogAsync(null, ct);
        }
    }

    /// <summary>The upload step keeps the files received so far: it asks again itself, in the new language.</summary>
    public bool CanAskAgain(DialogInstance instance) =>
        !(instance.State.TryGetValue(IndexKey, out var index) && index is not null && (instance.State.TryGetValue(PhaseKey, out var phase) ? phase : null) is Asking or Editing
          && flow.Steps.ElementAtOrDefault(Convert.ToInt32(index, CultureInfo.InvariantCulture))?.Type == StepType.Documents);

    /// <summary>Asks the current question again from scratch (after a language switch, the texts are rebuilt).</summary>
    public Task<DialogTurnResult> AskAgainAsync(DialogContext dc, CancellationToken ct = default)
    {
        var state = dc.ActiveDialog!.State;
        var index = Convert.ToInt32(state[IndexKey], CultureInfo.InvariantCulture);
        return (state[PhaseKey] as string) switch
        {
            Summary => ShowSummaryAsync(dc, (IDictionary<string, object?>)state[ValuesKey]!, ct),
            WhichField => AskWhichFieldAsync(dc, ct),
            var phase => AskAsync(dc, index, phase ?? Asking, ct),
        };
    }

    private int IndexOf(FlowStep step) => flow.Steps.ToList().IndexOf(step);

    /// <summary>The steps the citizen can change from the summary: labelled, and not a choice with only one option.</summary>
    private List<FlowStep> Editable(string language, IDictionary<string, object?> values) =>
        flow.EditableSteps.Where(s => SingleOption(s, language) is null && values.ContainsKey(s.Field)).ToList();

    private string? SingleOption(FlowStep step, string language) =>
        step.Type == StepType.Choice && StepChoiceList.For(step, catalog, language) is [var only] ? only.Value : null;

    /// <summary>
    /// Asks step <paramref name="index"/>, or the next one whose condition the answers meet; past the last step, the
    /// summary. A choice with one option answers itself; the upload step asks for the requirements that apply.
    /// </summary>
    private async Task<DialogTurnResult> AskAsync(DialogContext dc, int index, string phase, CancellationToken ct)
    {
        var state = dc.ActiveDialog!.State;
        var values = (IDictionary<string, object?>)state[ValuesKey]!;
        var answers = new Dictionary<string, object?>(values);
        while (phase == Asking && index < flow.Steps.Count && flow.Steps[index].When is { } when && !when.IsMet(answers))
        {
            values.Remove(flow.Steps[index].Field);
            index++;
        }

        if (index >= flow.Steps.Count) return await ShowSummaryAsync(dc, values, ct);
        var language = dc.Context.Conversation.Language;
        var step = flow.Steps[index];
        state[IndexKey] = index;
        state[PhaseKey] = phase;
        if (SingleOption(step, language) is { } only)
        {
            // Nothing to choose: the answer is the one option, shown in the summary for the citizen to confirm.
            values[step.Field] = only;
            return phase == Asking ? await AskAsync(dc, index + 1, Asking, ct) : await ShowSummaryAsync(dc, values, ct);
        }

        if (step.Type == StepType.Documents)
        {
            var ids = RequirementList.Applicable(flow.Requirements, answers).Select(r => r.Id).ToList();
            if (ids.Count == 0)
            {
                values[step.Field] = new List<Core.Cases.CaseDocument>();
                return phase == Asking ? await AskAsync(dc, index + 1, Asking, ct) : await ShowSummaryAsync(dc, values, ct);
            }

            return await dc.BeginDialogAsync(StepPromptFactory.DialogId(flow, step), new DocumentsOptions { RequirementIds = ids }, ct);
        }

        var ask = step.Type == StepType.Nik && RecipientStep.ForFamilyMember(answers) ? Catalog.Texts.CatalogueTextKeys.AskNikFamilyMember : step.Ask;
        return await dc.PromptAsync(StepPromptFactory.DialogId(flow, step), StepPromptFactory.Options(step, catalog, language, TurnArgs(dc.Context), ask), ct);
    }

    /// <summary>What a question may show of the conversation itself: the citizen's own number ({phone}).</summary>
    private static Dictionary<string, string> TurnArgs(ITurnContext turn) =>
        Core.Identity.PhoneNumber.TryParse(turn.Conversation.ConversationId, out var own)
            ? new Dictionary<string, string> { ["phone"] = FlowValueText.Local(own) }
            : [];

    private async Task<DialogTurnResult> ShowSummaryAsync(DialogContext dc, IDictionary<string, object?> values, CancellationToken ct)
    {
        dc.ActiveDialog!.State[PhaseKey] = Summary;
        var language = dc.Context.Conversation.Language;
        await dc.Context.SendActivityAsync(SummaryText(language, values), ct);
        var options = PromptOptions.FromText(catalog.Text(language, flow.Summary.Ask), catalog.Text(language, flow.Summary.Retry));
        options.Choices =
        [
            new Choice("send", "benar", "kirim", "ya", "yes", "correct", "send", "ok"),
            new Choice("change", "ubah", "ganti", "edit", "change", "perbaiki"),
            new Choice("cancel", "batal", "cancel"),
        ];
        return await dc.PromptAsync(SummaryPromptId(flow.Id), options, ct);
    }

    /// <summary>The flow's summary text, or one made of the labelled answers (a service file without its own).</summary>
    private string SummaryText(string language, IDictionary<string, object?> values)
    {
        var fields = FlowValueText.All(flow, catalog, language, values);
        if (!flow.Summary.IsGenerated) return catalog.Text(language, flow.Summary.Text, fields);
        var lines = flow.EditableSteps.Where(s => values.ContainsKey(s.Field)).Select(s => catalog.Text(language, Catalog.Texts.CatalogueTextKeys.SummaryValueLine, new Dictionary<string, string>
        {
            ["label"] = catalog.Text(language, s.Label!),
            ["value"] = fields[s.Field],
        }));
        return catalog.Text(language, Catalog.Texts.CatalogueTextKeys.SummaryHeader) + "\n\n" + string.Join('\n', lines);
    }

    private async Task<DialogTurnResult> AskWhichFieldAsync(DialogContext dc, CancellationToken ct)
    {
        dc.ActiveDialog!.State[PhaseKey] = WhichField;
        var language = dc.Context.Conversation.Language;
        var editable = Editable(language, (IDictionary<string, object?>)dc.ActiveDialog.State[ValuesKey]!);
        var lines = editable.Select((step, i) => catalog.Text(language, flow.Summary.FieldLine, new Dictionary<string, string>
        {
            ["number"] = (i + 1).ToString(CultureInfo.InvariantCulture),
            ["label"] = catalog.Text(language, step.Label!),
        }));
        var text = catalog.Text(language, flow.Summary.WhichField, new Dictionary<string, string> { ["fields"] = string.Join('\n', lines) });
        var options = PromptOptions.FromText(text, text);
        options.Choices = editable.Select(step => new Choice(step.Field, catalog.Text(language, step.Label!))).ToList();
        return await dc.PromptAsync(WhichFieldPromptId(flow.Id), options, ct);
    }

    private async Task<DialogTurnResult> CancelAsync(DialogContext dc, CancellationToken ct)
    {
        await dc.Context.SendActivityAsync(catalog.Text(dc.Context.Conversation.Language, flow.Summary.Cancelled ?? Catalog.Texts.TextKeys.GlobalCancelled), ct);
        return await dc.EndDialogAsync(null, ct);
    }

    /// <summary>The flow dialog with the prompts it needs, ready to add to a dialog set.</summary>
    public IEnumerable<Dialog> WithPrompts()
    {
        yield return this;
        foreach (var step in flow.Steps) yield return StepPromptFactory.Create(flow, step, catalog);
        yield return new ChoicePrompt(SummaryPromptId(flow.Id)) { AppendChoices = false };
        yield return new ChoicePrompt(WhichFieldPromptId(flow.Id)) { AppendChoices = false };
    }
}
