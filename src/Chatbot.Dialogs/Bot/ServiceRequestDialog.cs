using System.Globalization;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;
using Chatbot.Dialogs.Prompts;
using Chatbot.Dialogs.Recognizers;

namespace Chatbot.Dialogs.Bot;

/// <summary>
/// A request in the citizen's own words ("mau bikin kk baru", "syarat akta lahir apa"): the service it names gets its
/// requirements, the reminder that it is free and an offer to start; a question about requirements gets them without
/// the offer; several possible services get a short numbered question; fees or brokers get the free-of-charge rule and
/// the complaint channel; text the desk cannot place says so and offers an officer. Ends with the id of the service
/// to start, or null.
/// </summary>
public sealed class ServiceRequestDialog : WaterfallDialog
{
    public const string DialogId = "request";
    public const string WhichPromptId = "request:which";
    public const string OfferPromptId = "request:offer";
    private const string ServiceKey = "service";
    private const string StartChoice = "start";

    private readonly DialogCatalog catalog;

    public ServiceRequestDialog(DialogCatalog catalog)
        : base(DialogId)
    {
        this.catalog = catalog;
        AddStep(RecognizeAsync);
        AddStep(InformAsync);
        AddStep(StartAsync);
    }

    /// <summary>True when the text is for this dialog: it names a service or asks about fees (else the menu answers it).</summary>
    public static bool Handles(DialogCatalog catalog, string? text) =>
        catalog.Recognizer.Recognize(text) is { } found && (!found.IsUnknown || found.AsksAboutFees);

    /// <summary>The dialogs this one needs beside itself.</summary>
    public static IEnumerable<Dialog> Prompts()
    {
        yield return new ChoicePrompt(WhichPromptId) { AppendChoices = false };
        yield return new ChoicePrompt(OfferPromptId) { AppendChoices = false };
    }

    private async Task<DialogTurnResult> RecognizeAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var turn = step.Context;
        var language = turn.Conversation.Language;
        var found = catalog.Recognizer.Recognize(step.Options as string);
        step.Values["asks"] = found.AsksRequirements;
        if (found.AsksAboutFees)
        {
            await turn.SendActivityAsync(catalog.Text(language, CatalogueTextKeys.Fees, new Dictionary<string, string> { ["channel"] = catalog.Bot.ComplaintChannel }), ct);
            if (found.IsUnknown) return await step.EndDialogAsync(null, ct);
        }

        if (found.IsUnknown)
        {
            await turn.SendActivityAsync(catalog.Text(language, CatalogueTextKeys.NotPlaced), ct);
            return await step.EndDialogAsync(null, ct);
        }

        if (found.IsClear) return await step.NextAsync(found.Candidates[0], ct);

        var services = found.Candidates.Select(id => catalog.Service(id)).OfType<ServiceDefinition>().ToList();
        var lines = string.Join('\n', services.Select((s, i) => catalog.Text(language, TextKeys.ChoiceLine, new Dictionary<string, string>
        {
            ["number"] = (i + 1).ToString(CultureInfo.InvariantCulture),
            ["title"] = catalog.Text(language, s.Title),
        })));
        var options = PromptOptions.FromText(
            catalog.Text(language, CatalogueTextKeys.Ambiguous, new Dictionary<string, string> { ["choices"] = lines }),
            catalog.Text(language, CatalogueTextKeys.AmbiguousRetry, new Dictionary<string, string> { ["choices"] = lines }));
        options.Choices = services.Select(s => new Choice(s.Id, [.. s.Names.Values])).ToList();
        return await step.PromptAsync(WhichPromptId, options, ct);
    }

    private async Task<DialogTurnResult> InformAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var id = step.Result as string ?? (step.Result as FoundChoice)?.Value;
        var turn = step.Context;
        var language = turn.Conversation.Language;
        if (id is null || catalog.Service(id) is not { } service) return await step.EndDialogAsync(null, ct);
        step.Values[ServiceKey] = service.Id;
        if (!service.IsEnabled)
        {
            await turn.SendActivityAsync(catalog.Text(language, TextKeys.ServiceUnavailable, new Dictionary<string, string> { ["title"] = catalog.Text(language, service.Title) }), ct);
            return await step.EndDialogAsync(null, ct);
        }

        await turn.SendActivityAsync(ServiceInfo.Text(catalog, language, service), ct);
        if (service.Output == ServiceOutput.InformationOnly)
        {
            await turn.SendActivityAsync(catalog.Text(language, CatalogueTextKeys.InformationOnly), ct);
            return await step.EndDialogAsync(null, ct);
        }

        // A question about requirements is answered, not taken as a request.
        if (step.Values["asks"] is true) return await step.EndDialogAsync(null, ct);
        var options = PromptOptions.FromText(
            catalog.Text(language, CatalogueTextKeys.Offer, new Dictionary<string, string> { ["service"] = catalog.Text(language, service.Title) }),
            catalog.Text(language, CatalogueTextKeys.OfferRetry));
        options.Choices =
        [
            new Choice(StartChoice, "ya", "mulai", "ya mulai", "ajukan", "yes", "start", "ok"),
            new Choice("later", "tidak", "tidak sekarang", "nanti", "no", "not now", "later"),
        ];
        return await step.PromptAsync(OfferPromptId, options, ct);
    }

    private async Task<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if ((step.Result as FoundChoice)?.Value == StartChoice) return await step.EndDialogAsync(step.Values[ServiceKey], ct);
        await step.Context.SendActivityAsync(catalog.Text(step.Context.Conversation.Language, CatalogueTextKeys.OfferDeclined), ct);
        return await step.EndDialogAsync(null, ct);
    }
}
