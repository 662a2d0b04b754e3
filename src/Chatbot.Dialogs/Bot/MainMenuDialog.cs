using System.Globalization;
using Chatbot.Dialogs.Bot.Activation;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;
using Chatbot.Dialogs.Prompts;
using Chatbot.Dialogs.Recognizers;

namespace Chatbot.Dialogs.Bot;

/// <summary>
/// Greeting and numbered menu of the enabled services (page 1, then "Layanan lain" for page 2) plus "talk to an
/// operator"; a request in the citizen's own words, as the first message or instead of a number, goes to
/// <see cref="ServiceRequestDialog"/>. Runs the chosen service's flow and files its case, or books an IKD activation
/// session. Options: null (greeting and page 1; a free-text message is a request), false (page 1 without greeting),
/// 2 (page 2), "start:{id}" (start that service now).
/// </summary>
public sealed class MainMenuDialog : WaterfallDialog
{
    public const string DialogId = "main";
    public const string MenuPromptId = "main:menu";
    private const string AgentChoice = "petugas";
    private const string MoreChoice = "more";
    private const string BackChoice = "back";
    private const string TextChoice = "text:";
    private const string StartOption = "start:";
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

    /// <summary>The menu is the only question the menu itself asks: shown again (same page), without the greeting.</summary>
    public override Task<DialogTurnResult> AskAgainAsync(DialogContext dc, CancellationToken ct = default) =>
        dc.ReplaceDialogAsync(DialogId, dc.ActiveDialog?.State.TryGetValue("options", out var page) == true && page is int ? page : false, ct);

    /// <summary>What the menu prompt's validator makes of text that is no option: a request in the citizen's words.</summary>
    public static FoundChoice AsRequest(string text) => new(TextChoice + text, -1, 0);

    private async Task<DialogTurnResult> ShowMenuAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var turn = step.Context;
        if (step.Options is string start && start.StartsWith(StartOption, StringComparison.Ordinal))
        {
            return await step.NextAsync(new FoundChoice(start[StartOption.Length..], 0, 1), ct);
        }

        // A first message that is an IKD code needs no menu: it is the choice already.
        if (step.Options is null && catalog.ActivationService is { } activation && ActivationShortcuts.Recognize(turn.Activity.Text, activation.Id) is { } shortcut)
        {
            return await step.NextAsync(shortcut, ct);
        }

        // A first message that names a service (or asks about fees) is answered as such, not with the menu.
        if (step.Options is null && ServiceRequestDialog.Handles(catalog, turn.Activity.Text))
        {
            return await step.BeginDialogAsync(ServiceRequestDialog.DialogId, turn.Activity.Text, ct);
        }

        var language = turn.Conversation.Language;
        var page = step.Options is int p && p == ServiceMenu.MorePage ? ServiceMenu.MorePage : ServiceMenu.MainPage;
        var services = catalog.MenuPage(page);
        var more = page == ServiceMenu.MainPage && catalog.MenuPage(ServiceMenu.MorePage).Count > 0;
        var extra = new List<Choice>();
        if (more) extra.Add(new Choice(MoreChoice, catalog.Text(language, CatalogueTextKeys.MenuMoreOption)));
        if (page == ServiceMenu.MorePage) extra.Add(new Choice(BackChoice, catalog.Text(language, CatalogueTextKeys.MenuBackOption)));
        extra.Add(new Choice(AgentChoice, catalog.Text(language, TextKeys.MenuAgentOption)));
        var titles = services.Select(s => catalog.Text(language, s.Title)).Concat(extra.Select(c => c.Synonyms![0]));
        var lines = titles.Select((title, i) => catalog.Text(language, TextKeys.MenuOptionLine, new Dictionary<string, string>
        {
            ["number"] = (i + 1).ToString(CultureInfo.InvariantCulture),
            ["title"] = title,
        }));
        if (step.Options is null)
        {
            await turn.SendActivityAsync(catalog.Text(language, TextKeys.MenuGreeting, new Dictionary<string, string>
            {
                ["name"] = turn.Conversation.ProfileName ?? string.Empty,
                ["office"] = catalog.Bot.Office,
            }), ct);
        }

        var options = PromptOptions.FromText(
            catalog.Text(language, page == ServiceMenu.MainPage ? TextKeys.MenuOptions : CatalogueTextKeys.MenuMoreOptions, new Dictionary<string, string> { ["options"] = string.Join('\n', lines) }),
            catalog.Text(language, TextKeys.MenuRetry));
        options.Choices = services
            .Select(s => new Choice(s.Id, [catalog.Text(language, s.Title), .. s.Names.Values]))
            .Concat(extra)
            .ToList();
        return await step.PromptAsync(MenuPromptId, options, ct);
    }

    private async Task<DialogTurnResult> StartServiceAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result is null) return await step.EndDialogAsync(null, ct); // a request that did not start anything
        var chosen = step.Result as string ?? ((FoundChoice)step.Result).Value;
        if (chosen.StartsWith(TextChoice, StringComparison.Ordinal)) return await step.BeginDialogAsync(ServiceRequestDialog.DialogId, chosen[TextChoice.Length..], ct);
        if (chosen == MoreChoice) return await step.ReplaceDialogAsync(DialogId, ServiceMenu.MorePage, ct);
        if (chosen == BackChoice) return await step.ReplaceDialogAsync(DialogId, false, ct);
        if (ActivationShortcuts.InvitationOf(chosen) is { } invitation) return await step.BeginDialogAsync(ActivationDialog.DialogId, invitation, ct);
        var service = catalog.Service(chosen);
        if (service is null || service.Handling == ServiceHandling.Operator)
        {
            await handoff.RequestAsync(step.Context, ct);
            return await step.EndDialogAsync(null, ct);
        }

        step.Values[ServiceKey] = service.Id;
        if (service.Handling == ServiceHandling.Activation) return await step.BeginDialogAsync(ActivationDialog.DialogId, null, ct);
        if (service.Flow is null)
        {
            // Nothing to ask: the citizen learns what to bring (informationOnly, inPerson).
            await step.Context.SendActivityAsync(ServiceInfo.Text(catalog, step.Context.Conversation.Language, service), ct);
            return await step.EndDialogAsync(null, ct);
        }

        // Picked from the menu: what to prepare comes first, then the questions.
        if (step.Result is FoundChoice && service.Requirements.Count > 0) await step.Context.SendActivityAsync(ServiceInfo.Text(catalog, step.Context.Conversation.Language, service), ct);
        return await step.BeginDialogAsync(FlowDialog.IdOf(service.Flow), null, ct);
    }

    private async Task<DialogTurnResult> FileCaseAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (DialogResults.IsBackToMenu(step.Result)) return await step.ReplaceDialogAsync(DialogId, false, ct);
        if (step.Result is string requested) return await step.ReplaceDialogAsync(DialogId, StartOption + requested, ct);
        if (step.Result is FlowAnswers answers && catalog.Service((string)step.Values[ServiceKey]!) is { } service)
        {
            await filing.FileAsync(step.Context, service, answers, ct);
        }

        return await step.EndDialogAsync(null, ct);
    }
}
