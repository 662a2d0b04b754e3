using System.Globalization;
using Chatbot.Dialogs.Bot.Activation;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;
using Chatbot.Dialogs.Prompts;
using Chatbot.Dialogs.Recognizers;

namespace Chatbot.Dialogs.Bot;

/// <summary>
/// Greeting and numbered menu of the enabled services plus "talk to an operator"; runs the chosen service's flow and
/// files its case, or books an IKD activation session.
/// </summary>
public sealed class MainMenuDialog : WaterfallDialog
{
    public const string DialogId = "main";
    public const string MenuPromptId = "main:menu";
    private const string AgentChoice = "petugas";
    private const string ServiceKey = "service";

    private readonly DialogCatalog catalog;
    private readonly CaseFiling filing;
    private readonly Handoff handoff;

    public MainMenuDialog(DialogCatalog catalog, CaseFiling filing, Handoff handoff)
        : base(DialogId)
    {
        this.catalog = catalog;
        this.filing = filing;
        this.handoff = handoff;
        AddStep(ShowMenuAsync);
        AddStep(StartServiceAsync);
        AddStep(FileCaseAsync);
    }

    /// <summary>Needs no kept step input: the question is built from the options.</summary>
    public override bool CanAskAgain(DialogInstance instance) => true;

    /// <summary>The menu is the only question the menu itself asks: shown again, without the greeting.</summary>
    public override Task<DialogTurnResult> AskAgainAsync(DialogContext dc, CancellationToken ct = default) =>
        dc.ReplaceDialogAsync(DialogId, false, ct);

    private async Task<DialogTurnResult> ShowMenuAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var turn = step.Context;
        // A first message that is an IKD code needs no menu: it is the choice already.
        if (step.Options is null && catalog.ActivationService is { } activation && ActivationShortcuts.Recognize(turn.Activity.Text, activation.Id) is { } shortcut)
        {
            return await step.NextAsync(shortcut, ct);
        }

        var language = turn.Conversation.Language;
        var services = catalog.EnabledServices;
        var lines = services.Select(s => catalog.Text(language, s.Title))
            .Append(catalog.Text(language, TextKeys.MenuAgentOption))
            .Select((title, i) => catalog.Text(language, TextKeys.MenuOptionLine, new Dictionary<string, string>
            {
                ["number"] = (i + 1).ToString(CultureInfo.InvariantCulture),
                ["title"] = title,
            }));
        if (step.Options is not false)
        {
            await turn.SendActivityAsync(catalog.Text(language, TextKeys.MenuGreeting, new Dictionary<string, string>
            {
                ["name"] = turn.Conversation.ProfileName ?? string.Empty,
                ["office"] = catalog.Bot.Office,
            }), ct);
        }

        var options = PromptOptions.FromText(
            catalog.Text(language, TextKeys.MenuOptions, new Dictionary<string, string> { ["options"] = string.Join('\n', lines) }),
            catalog.Text(language, TextKeys.MenuRetry));
        options.Choices = services
            .Select(s => new Choice(s.Id, [catalog.Text(language, s.Title), .. s.Phrases]))
            .Append(new Choice(AgentChoice, catalog.Text(language, TextKeys.MenuAgentOption)))
            .ToList();
        return await step.PromptAsync(MenuPromptId, options, ct);
    }

    private async Task<DialogTurnResult> StartServiceAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var chosen = ((FoundChoice)step.Result!).Value;
        if (ActivationShortcuts.InvitationOf(chosen) is { } invitation) return await step.BeginDialogAsync(ActivationDialog.DialogId, invitation, ct);
        var service = catalog.Service(chosen);
        if (service is null || service.Handling == ServiceHandling.Operator)
        {
            await handoff.RequestAsync(step.Context, ct);
            return await step.EndDialogAsync(null, ct);
        }

        step.Values[ServiceKey] = service.Id;
        return service.Handling == ServiceHandling.Activation
            ? await step.BeginDialogAsync(ActivationDialog.DialogId, null, ct)
            : await step.BeginDialogAsync(FlowDialog.IdOf(service.Flow!), null, ct);
    }

    private async Task<DialogTurnResult> FileCaseAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (DialogResults.IsBackToMenu(step.Result)) return await step.ReplaceDialogAsync(DialogId, false, ct);
        if (step.Result is FlowAnswers answers && catalog.Service((string)step.Values[ServiceKey]!) is { } service)
        {
            await filing.FileAsync(step.Context, service, answers, ct);
        }

        return await step.EndDialogAsync(null, ct);
    }
}
