using System.Globalization;
using Chatbot.Core.Cases;
using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;
using Chatbot.Dialogs.Prompts;
using Chatbot.Dialogs.Recognizers;

namespace Chatbot.Dialogs.Bot;

/// <summary>
/// The upload step: asks for each requirement by name, one at a time, and takes the photos and PDFs as they come (each
/// WhatsApp photo is its own message; several in one message answer the next requirements in turn). Each file is
/// judged by the requirement's content types and size, as the provider reports them. "lewati" skips an optional
/// document, "selesai" ends once every required one is in (else the bot names what is missing); a sticker, voice
/// note or video gets its own answer, and so does text where a file is expected. Ends with the <see cref="CaseDocument"/>s.
/// </summary>
public sealed class DocumentsDialog(string dialogId, FlowStep step, IReadOnlyList<ServiceRequirement> requirements, DialogCatalog catalog) : Dialog(dialogId)
{
    private const string PendingKey = "pending";
    private const string ReceivedKey = "received";

    /// <summary>What a sticker, voice note or video is: never a document, whatever a service accepts.</summary>
    private static readonly MediaConstraints NotDocuments = new() { ContentTypes = ["audio/*", "video/*", "image/webp"] };

    /// <param name="options">The ids of the requirements that apply (<see cref="DocumentsOptions"/>); null: all of them.</param>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken ct = default)
    {
        var ids = (options as DocumentsOptions)?.RequirementIds ?? requirements.Select(r => r.Id).ToList();
        var state = dc.ActiveDialog!.State;
        state[PendingKey] = ids.Where(id => requirements.Any(r => r.Id == id)).ToList();
        state[ReceivedKey] = new List<CaseDocument>();
        var language = dc.Context.Conversation.Language;
        if ((options as DocumentsOptions)?.Intro != false)
        {
            await dc.Context.SendActivityAsync(catalog.Text(language, CatalogueTextKeys.DocumentsIntro, new Dictionary<string, string>
            {
                ["list"] = RequirementList.Lines(catalog, language, Pending(state), withConditions: false),
            }), ct);
        }

        return await NextOrEndAsync(dc, ct);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken ct = default)
    {
        var turn = dc.Context;
        if (turn.Activity.Type != Activity.MessageType) return EndOfTurn;
        var state = dc.ActiveDialog!.State;
        if (turn.Activity.Attachments.Count > 0) return await TakeFilesAsync(dc, state, ct);

        var said = TextNormalizer.Normalize(turn.Activity.Text);
        var current = Pending(state).FirstOrDefault();
        if (current is null) return await dc.EndDialogAsync(Received(state), ct);
        if (catalog.WordsInAnyLanguage(CatalogueTextKeys.DocumentsDoneWords).Contains(said))
        {
            var missing = Pending(state).Where(r => r.Required).ToList();
            if (missing.Count == 0) return await dc.EndDialogAsync(Received(state), ct);
            await SayAsync(turn, Key(StepErrorCodes.Missing, CatalogueTextKeys.DocumentsMissing), missing[0], ct, new Dictionary<string, string>
            {
                ["list"] = RequirementList.Lines(catalog, turn.Conversation.Language, missing, withConditions: false),
            });
            return EndOfTurn;
        }

        if (!current.Required && catalog.WordsInAnyLanguage(CatalogueTextKeys.DocumentsSkipWords).Contains(said))
        {
            PendingIds(state).Remove(current.Id);
            return await NextOrEndAsync(dc, ct);
        }

        await SayAsync(turn, Key(StepErrorCodes.None, CatalogueTextKeys.DocumentsNone), current, ct);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken ct = default) =>
        Pending(instance.State).FirstOrDefault() is { } current ? AskAsync(turnContext, current, ct) : Task.CompletedTask;

    private async Task<DialogTurnResult> TakeFilesAsync(DialogContext dc, IDictionary<string, object?> state, CancellationToken ct)
    {
        var turn = dc.Context;
        var probe = turn.Services?.GetService(typeof(IMediaProbe)) as IMediaProbe;
        foreach (var media in turn.Activity.Attachments)
        {
            var current = Pending(state).FirstOrDefault();
            if (current is null) break; // more files than requirements: the extra ones answer nothing
            var constraints = new MediaConstraints { ContentTypes = current.ContentTypes.ToArray(), MaxBytes = current.MaxBytes };
            if (NotDocuments.Accepts(media.ContentType) && !constraints.Accepts(media.ContentType))
            {
                await SayAsync(turn, Key(StepErrorCodes.Unsupported, CatalogueTextKeys.DocumentsUnsupported), current, ct);
                return EndOfTurn;
            }

            var judged = await MediaCheck.CheckAsync(media, constraints, probe, ct);
            if (judged.Accepted is not { } accepted)
            {
                var tooLarge = judged.ErrorCode == PromptErrors.MediaTooLarge;
                await SayAsync(turn, tooLarge ? Key(StepErrorCodes.TooLarge, CatalogueTextKeys.DocumentsTooLarge) : Key(StepErrorCodes.WrongType, CatalogueTextKeys.DocumentsWrongType), current, ct);
                return EndOfTurn;
            }

            ReceivedList(state).Add(Document(current.Id, accepted, turn.Now));
            PendingIds(state).Remove(current.Id);
            await SayAsync(turn, CatalogueTextKeys.DocumentsReceived, current, ct);
        }

        return await NextOrEndAsync(dc, ct);
    }

    /// <summary>A file as the case keeps it: which requirement it answers, where it is, what it really is.</summary>
    public static CaseDocument Document(string requirementId, MediaRef media, DateTimeOffset at) => new()
    {
        RequirementId = requirementId,
        MediaUrl = media.Url,
        ContentType = media.ContentType,
        SizeBytes = media.SizeBytes,
        ReceivedAt = at,
    };

    private async Task<DialogTurnResult> NextOrEndAsync(DialogContext dc, CancellationToken ct)
    {
        var state = dc.ActiveDialog!.State;
        if (Pending(state).FirstOrDefault() is { } next)
        {
            await AskAsync(dc.Context, next, ct);
            return EndOfTurn;
        }

        if (Received(state).Count > 0) await dc.Context.SendActivityAsync(catalog.Text(dc.Context.Conversation.Language, CatalogueTextKeys.DocumentsComplete), ct);
        return await dc.EndDialogAsync(Received(state), ct);
    }

    private Task AskAsync(ITurnContext turn, ServiceRequirement requirement, CancellationToken ct)
    {
        var ask = step.Ask.Length > 0 ? step.Ask : requirement.Required ? CatalogueTextKeys.DocumentsAsk : CatalogueTextKeys.DocumentsAskOptional;
        return SayAsync(turn, ask, requirement, ct);
    }

    private Task SayAsync(ITurnContext turn, string key, ServiceRequirement requirement, CancellationToken ct, Dictionary<string, string>? more = null)
    {
        var language = turn.Conversation.Language;
        var args = more ?? [];
        args["name"] = requirement.Name(language);
        args["maxMb"] = requirement.MaxMegabytes.ToString(CultureInfo.InvariantCulture);
        return turn.SendActivityAsync(catalog.Text(language, key, args), ct);
    }

    private string Key(string code, string fallback) => step.RetryKey(code) ?? fallback;

    private List<ServiceRequirement> Pending(IDictionary<string, object?> state) =>
        PendingIds(state).Select(id => requirements.FirstOrDefault(r => r.Id == id)).OfType<ServiceRequirement>().ToList();

    private static List<string> PendingIds(IDictionary<string, object?> state) => (List<string>)state[PendingKey]!;

    private static List<CaseDocument> ReceivedList(IDictionary<string, object?> state) => (List<CaseDocument>)state[ReceivedKey]!;

    private static List<CaseDocument> Received(IDictionary<string, object?> state) => ReceivedList(state);
}
