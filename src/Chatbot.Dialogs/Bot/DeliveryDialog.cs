using System.Globalization;
using Chatbot.Core.Cases;
using Chatbot.Core.Ports;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;
using Chatbot.Dialogs.Prompts;
using Chatbot.Dialogs.Recognizers;

namespace Chatbot.Dialogs.Bot;

/// <summary>
/// After printing: "dikirim lewat Kantor Pos (Rp14.000) atau diambil di kantor?", then the chosen flow of dialogs/flows
/// (kirim-pos: the address, ambil-kantor: the office) with its summary and "change one field", then the choice onto the
/// case. Pos keeps the case <see cref="CaseStatus.Dicetak"/> with the address in its fields until the operator enters
/// the tracking number (<see cref="CaseStatus.DikirimPos"/> means "with a tracking number"); pickup moves it to
/// <see cref="CaseStatus.SiapDiambil"/> at once, with a pickup code. Going back from a flow's summary asks the choice again.
/// </summary>
public sealed class DeliveryDialog : WaterfallDialog
{
    public const string DialogId = "delivery";
    public const string ChoicePromptId = "delivery:choice";

    private readonly DialogCatalog catalog;
    private readonly ICaseStore cases;

    public DeliveryDialog(DialogCatalog catalog, ICaseStore cases)
        : base(DialogId)
    {
        this.catalog = catalog;
        this.cases = cases;
        AddStep(AskChoiceAsync);
        AddStep(StartFlowAsync);
        AddStep(ApplyAsync);
    }

    /// <summary>The options of a delivery dialog on the stack (which case it is about), or null when none runs.</summary>
    public static DeliveryOptions? OptionsOf(IEnumerable<DialogInstance> stack) =>
        // "options" is where a waterfall keeps what it was begun with.
        stack.FirstOrDefault(d => d.Id == DialogId)?.State.TryGetValue("options", out var options) == true ? options as DeliveryOptions : null;

    /// <summary>Needs no kept step input: the question is built from the options.</summary>
    public override bool CanAskAgain(DialogInstance instance) => true;

    /// <summary>The Pos-or-pickup question is the only one this dialog asks itself: asked again, without the "printed" message.</summary>
    public override Task<DialogTurnResult> AskAgainAsync(DialogContext dc, CancellationToken ct = default) =>
        dc.ReplaceDialogAsync(DialogId, new DeliveryOptions { Code = OptionsOf(dc.Stack)!.Code, Again = true }, ct);

    /// <summary>"Siap diambil": the pickup code, the office, its address and hours (also said again on the office's reminder).</summary>
    public static string ReadyText(DialogCatalog catalog, string language, ServiceCase @case)
    {
        var office = catalog.FindOffice(@case.Fields.GetValueOrDefault(CaseFields.PickupOffice)) ?? catalog.Offices[0];
        return catalog.Text(language, TextKeys.DeliveryPickupReady, new Dictionary<string, string>
        {
            ["code"] = @case.Code.ToString(),
            ["pickupCode"] = @case.PickupCode ?? string.Empty,
            ["office"] = office.Name,
            ["address"] = office.Address,
            ["hours"] = FlowValueText.PickupHours(catalog, language, office),
        });
    }

    /// <summary>The name a message about the case greets: the name on the case, else the WhatsApp profile name.</summary>
    public static string NameOf(ServiceCase @case, ITurnContext turn) =>
        !string.IsNullOrWhiteSpace(@case.FullName) ? @case.FullName : turn.Conversation.ProfileName ?? string.Empty;

    private async Task<DialogTurnResult> AskChoiceAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var options = (DeliveryOptions)step.Options!;
        var turn = step.Context;
        var language = turn.Conversation.Language;
        if (!options.Again)
        {
            var @case = EventActivity.IsEvent(turn) ? EventActivity.Event(turn).SubjectAs<ServiceCase>() : await cases.GetAsync(Code(options), ct);
            if (@case is null) return await step.EndDialogAsync(null, ct);
            await turn.SendActivityAsync(catalog.Text(language, TextKeys.DeliveryPrinted, new Dictionary<string, string>
            {
                ["name"] = NameOf(@case, turn),
                ["code"] = @case.Code.ToString(),
            }), ct);
        }

        var prompt = PromptOptions.FromText(catalog.Text(language, TextKeys.DeliveryAsk), catalog.Text(language, TextKeys.DeliveryRetry));
        prompt.Choices =
        [
            new Choice(CaseFields.ByPos, [.. catalog.WordsInAnyLanguage(TextKeys.DeliveryPosWords)]),
            new Choice(CaseFields.AtOffice, [.. catalog.WordsInAnyLanguage(TextKeys.DeliveryOfficeWords)]),
        ];
        return await step.PromptAsync(ChoicePromptId, prompt, ct);
    }

    private async Task<DialogTurnResult> StartFlowAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var chosen = ((FoundChoice)step.Result!).Value;
        return await step.BeginDialogAsync(FlowDialog.IdOf(chosen == CaseFields.ByPos ? DeliveryFlows.Pos : DeliveryFlows.Pickup), null, ct);
    }

    private async Task<DialogTurnResult> ApplyAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var options = (DeliveryOptions)step.Options!;
        if (step.Result is not FlowAnswers answers)
        {
            // Back from a summary ("3 Kembali", or "Ubah" where there is nothing to change): choose again.
            return await step.ReplaceDialogAsync(DialogId, new DeliveryOptions { Code = options.Code, Again = true }, ct);
        }

        var code = Code(options);
        var said = answers.FlowId == DeliveryFlows.Pos
            ? await ApplyPosAsync(step.Context, code, answers, ct)
            : await ApplyPickupAsync(step.Context, code, answers, ct);
        await step.Context.SendActivityAsync(said, ct);
        return await step.EndDialogAsync(null, ct);
    }

    private async Task<string> ApplyPosAsync(ITurnContext turn, CaseCode code, FlowAnswers answers, CancellationToken ct)
    {
        var language = turn.Conversation.Language;
        var current = await cases.GetAsync(code, ct);
        if (current is not { Status: CaseStatus.Dicetak }) return CaseChanged(language, code);

        var fields = WithoutDelivery(current.Fields);
        fields[CaseFields.Delivery] = CaseFields.ByPos;
        fields[CaseFields.DeliveryChosenAt] = turn.Now.ToString("O", CultureInfo.InvariantCulture);
        foreach (var flowStep in catalog.Flows[DeliveryFlows.Pos].Steps)
        {
            if (FlowValueText.ForOffice(answers.Values.GetValueOrDefault(flowStep.Field)) is { } value) fields[CaseFields.DeliveryPrefix + flowStep.Field] = value;
        }

        // Still Dicetak: the office now knows where to send it; DikirimPos comes with the tracking number.
        var outcome = await cases.UpdateAsync(current with { Fields = fields }, CaseStatus.Dicetak, ct);
        return outcome == CaseUpdateOutcome.Updated
            ? catalog.Text(language, TextKeys.DeliveryPosSaved, new Dictionary<string, string> { ["code"] = code.ToString() })
            : CaseChanged(language, code);
    }

    private async Task<string> ApplyPickupAsync(ITurnContext turn, CaseCode code, FlowAnswers answers, CancellationToken ct)
    {
        var language = turn.Conversation.Language;
        var officeStep = catalog.Flows[DeliveryFlows.Pickup].Steps.First(s => s.Choices?.Source == StepChoices.OfficesSource);
        var office = catalog.FindOffice(answers.Values.GetValueOrDefault(officeStep.Field) as string) ?? catalog.Offices[0];
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var current = await cases.GetAsync(code, ct);
            if (current is null) return CaseChanged(language, code);
            if (current is { Status: CaseStatus.SiapDiambil, PickupCode: not null } && current.Fields.GetValueOrDefault(CaseFields.Delivery) == CaseFields.AtOffice)
            {
                // Already chosen (this very turn, run again after a concurrent change of the conversation): same code.
                return ReadyText(catalog, language, current);
            }

            if (current.Status != CaseStatus.Dicetak || !CaseLifecycle.CanMove(current.Status, CaseStatus.SiapDiambil)) return CaseChanged(language, code);

            var fields = WithoutDelivery(current.Fields);
            fields[CaseFields.Delivery] = CaseFields.AtOffice;
            fields[CaseFields.PickupOffice] = office.Id;
            fields[CaseFields.DeliveryChosenAt] = turn.Now.ToString("O", CultureInfo.InvariantCulture);
            var ready = current with
            {
                Status = CaseStatus.SiapDiambil,
                PickupCode = PickupCode.New().Value,
                Fields = fields,
                History = [.. current.History, new StatusChange(CaseStatus.SiapDiambil, turn.Now, StatusChange.ByCitizen, "diambil di " + office.Name)],
            };
            if (await cases.UpdateAsync(ready, CaseStatus.Dicetak, ct) == CaseUpdateOutcome.Updated) return ReadyText(catalog, language, ready);
        }

        return CaseChanged(language, code);
    }

    /// <summary>The case's fields without an earlier delivery choice (the citizen went back and chose the other way).</summary>
    private static Dictionary<string, string> WithoutDelivery(IReadOnlyDictionary<string, string> fields) =>
        fields.Where(f => f.Key != CaseFields.Delivery && !f.Key.StartsWith(CaseFields.DeliveryPrefix, StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    private string CaseChanged(string language, CaseCode code) =>
        catalog.Text(language, TextKeys.DeliveryCaseChanged, new Dictionary<string, string> { ["code"] = code.ToString() });

    private static CaseCode Code(DeliveryOptions options) =>
        CaseCode.TryParse(options.Code, out var code) ? code : throw new InvalidOperationException($"'{options.Code}' is not a case code.");
}
