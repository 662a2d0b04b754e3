using System.Text.RegularExpressions;
using Chatbot.Core.Identity;
using Chatbot.Core.Messaging;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;
using Chatbot.Dialogs.Prompts;
using Chatbot.Dialogs.Recognizers;

namespace Chatbot.Dialogs.Bot;

/// <summary>
/// Makes the prompt dialog of one flow step: the engine's prompt for the step type, with a validator that applies the
/// step's constraints (length, pattern, date range, skip words) and names the refusal reason so the right text is said.
/// </summary>
public static class StepPromptFactory
{
    public static string DialogId(FlowDefinition flow, FlowStep step) => $"{flow.Id}.{step.Field}";

    public static Dialog Create(FlowDefinition flow, FlowStep step, DialogCatalog catalog)
    {
        var id = DialogId(flow, step);
        var limits = step.Constraints;
        return step.Type switch
        {
            StepType.Text => new TextPrompt(id, (ctx, _) => Task.FromResult(ValidText(ctx, limits))),
            StepType.Choice => new ChoicePrompt(id) { AppendChoices = false },
            StepType.Confirm => new ConfirmPrompt(id),
            StepType.Date => new DatePrompt(id, (ctx, _) => Task.FromResult(ValidDate(ctx, limits))),
            StepType.Nik => new NikPrompt(id, (ctx, ct) => NikWithHintAsync(ctx, catalog, ct)),
            StepType.Phone => new PhoneNumberPrompt(id, (ctx, _) => Task.FromResult(ValidPhone(ctx, step, catalog))),
            StepType.Postal => new PostalCodePrompt(id),
            StepType.Media => new AttachmentPrompt(id, (ctx, _) => Task.FromResult(ValidMedia(ctx, step, catalog))),
            StepType.Location => new LocationPrompt(id),
            StepType.Name => new TextPrompt(id, (ctx, _) => Task.FromResult(ValidText(ctx, limits ?? BuiltInLimits.Name))),
            StepType.Address => new TextPrompt(id, (ctx, _) => Task.FromResult(ValidText(ctx, limits ?? BuiltInLimits.Address))),
            StepType.Documents => new DocumentsDialog(id, step, flow.Requirements, catalog),
            _ => throw new NotSupportedException($"Step type {step.Type} has no prompt."),
        };
    }

    private static bool ValidText(PromptValidatorContext<string> ctx, StepConstraints? limits)
    {
        if (!ctx.Recognized.Succeeded) return false;
        var text = Regex.Replace(ctx.Recognized.Value ?? string.Empty, @"\s+", " ").Trim();
        var ok = (limits?.MinLength is not { } min || text.Length >= min)
            && (limits?.MaxLength is not { } max || text.Length <= max)
            && (limits?.PatternRegex is not { } pattern || pattern.IsMatch(text));
        if (ok) ctx.Recognized.Value = text;
        else ctx.Recognized.ErrorCode = StepRetryCodes.TextInvalid;
        return ok;
    }

    private static bool ValidDate(PromptValidatorContext<DateOnly> ctx, StepConstraints? limits)
    {
        if (!ctx.Recognized.Succeeded) return false;
        var today = ctx.Context.Today;
        if (limits?.NotInFuture == true && ctx.Recognized.Value > today)
        {
            ctx.Recognized.ErrorCode = StepRetryCodes.DateFuture;
            return false;
        }

        if ((limits?.MaxAgeDays is { } days && ctx.Recognized.Value < today.AddDays(-days))
            || (limits?.NotBefore is { } earliest && ctx.Recognized.Value < earliest))
        {
            ctx.Recognized.ErrorCode = StepRetryCodes.DateTooOld;
            return false;
        }

        return true;
    }

    private static bool ValidMedia(PromptValidatorContext<IReadOnlyList<MediaRef>> ctx, FlowStep step, DialogCatalog catalog)
    {
        if (ctx.Recognized.Succeeded) return true;
        if (!step.Optional || step.SkipWords is null || ctx.Context.Activity.Attachments.Count > 0) return false;
        var said = TextNormalizer.Normalize(ctx.Context.Activity.Text);
        if (!catalog.WordsInAnyLanguage(step.SkipWords).Contains(said)) return false;
        ctx.Recognized.Succeeded = true;
        ctx.Recognized.Value = new List<MediaRef>();
        return true;
    }

    /// <summary>From the second refused NIK on, the refusal also offers an officer: some NIKs are right and still refused.</summary>
    private static async Task<bool> NikWithHintAsync(PromptValidatorContext<Core.Identity.Nik> ctx, DialogCatalog catalog, CancellationToken ct)
    {
        if (ctx.Recognized.Succeeded) return true;
        if (ctx.AttemptCount < 2) return false;
        var retry = ctx.Options.ResolveRetry(ctx.Recognized.ErrorCode, ctx.Recognized.ErrorArgs);
        var hint = catalog.Text(ctx.Context.Conversation.Language, CatalogueTextKeys.NikAgentHint);
        await ctx.Context.SendActivityAsync((retry is null ? string.Empty : retry.Text + "\n\n") + hint, ct);
        return false;
    }

    /// <summary>
    /// An optional phone step's skip words ("sama") mean the citizen's own WhatsApp number: the number the courier may
    /// call is usually the one they are writing from.
    /// </summary>
    private static bool ValidPhone(PromptValidatorContext<PhoneNumber> ctx, FlowStep step, DialogCatalog catalog)
    {
        if (ctx.Recognized.Succeeded) return true;
        if (!step.Optional || step.SkipWords is null) return false;
        var said = TextNormalizer.Normalize(ctx.Context.Activity.Text);
        if (!catalog.WordsInAnyLanguage(step.SkipWords).Contains(said)) return false;
        if (!PhoneNumber.TryParse(ctx.Context.Conversation.ConversationId, out var own)) return false;
        ctx.Recognized.Succeeded = true;
        ctx.Recognized.Value = own;
        return true;
    }

    /// <summary>Prompt options for a step in the citizen's language: the question, and the text for each refusal reason.</summary>
    public static PromptOptions Options(FlowStep step, DialogCatalog catalog, string language) => Options(step, catalog, language, null);

    /// <summary>The same, with values of the conversation the texts may show (the citizen's own number as {phone}).</summary>
    public static PromptOptions Options(FlowStep step, DialogCatalog catalog, string language, IReadOnlyDictionary<string, string>? turnArgs) =>
        Options(step, catalog, language, turnArgs, step.Ask);

    /// <summary>The same, asking with another text than the step's own (the NIK of a family member).</summary>
    public static PromptOptions Options(FlowStep step, DialogCatalog catalog, string language, IReadOnlyDictionary<string, string>? turnArgs, string askKey)
    {
        var choiceArgs = turnArgs is null ? new Dictionary<string, string>() : new Dictionary<string, string>(turnArgs);
        List<Choice>? choices = null;
        if (step.Type == StepType.Choice)
        {
            var items = StepChoiceList.For(step, catalog, language);
            choices = items.Select(i => new Choice(i.Value, i.Synonyms.ToArray())).ToList();
            choiceArgs["choices"] = string.Join('\n', items.Select((item, i) =>
                catalog.Text(language, TextKeys.ChoiceLine, new Dictionary<string, string> { ["number"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ["title"] = item.Title })));
        }

        var retries = new Dictionary<string, string>();
        foreach (var (code, key) in step.Retry)
        {
            foreach (var promptCode in StepRetryCodes.PromptCodes(step.Type, code))
            {
                retries[promptCode] = catalog.Text(language, key, choiceArgs);
            }
        }

        var ask = catalog.Text(language, askKey, choiceArgs);
        if (step.Type is not (StepType.Media or StepType.Location)) retries[PromptErrors.MediaUnexpected] = catalog.Text(language, CatalogueTextKeys.MediaUnexpected) + "\n\n" + ask;
        var options = PromptOptions.FromText(ask,
            step.RetryKey(StepErrorCodes.Invalid) is { } invalid ? catalog.Text(language, invalid, choiceArgs) : null);
        options.RetryPrompts = retries;
        options.Choices = choices;
        if (step.Type == StepType.Media && step.Constraints is { } media)
        {
            options.Validations = new MediaConstraints { ContentTypes = media.ContentTypes?.ToArray() ?? [], MaxBytes = media.MaxBytes ?? 0 };
        }

        return options;
    }
}
