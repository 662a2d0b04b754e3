using System.Globalization;
using Chatbot.Core.Cases;
using Chatbot.Core.Ports;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;
using Chatbot.Dialogs.Prompts;
using Chatbot.Dialogs.Recognizers;

namespace Chatbot.Dialogs.Bot;

/// <summary>
/// A case is done: the bot says so and asks for a rating, 1 to 5 ("4", "empat", or stars "⭐⭐⭐⭐"), stored on the case
/// (<see cref="CaseFields.Rating"/>) for the supervisors' dashboard. A citizen who answers something else twice is not
/// held: the question is dropped with thanks.
/// </summary>
public sealed class RatingDialog : WaterfallDialog
{
    public const string DialogId = "rating";
    public const string PromptId = "rating:choice";
    private const string Skipped = "skip";
    private const int MaxStars = 5;

    private readonly DialogCatalog catalog;
    private readonly ICaseStore cases;

    public RatingDialog(DialogCatalog catalog, ICaseStore cases)
        : base(DialogId)
    {
        this.catalog = catalog;
        this.cases = cases;
        AddStep(AskAsync);
        AddStep(StoreAsync);
    }

    /// <summary>The prompt of the rating: numbers 1–5 by the choice recognizer, stars counted here, a second miss skips.</summary>
    public static ChoicePrompt Prompt() => new(PromptId, (ctx, _) =>
    {
        if (ctx.Recognized.Succeeded) return Task.FromResult(true);
        if (Stars(ctx.Context.Activity.Text) is { } stars)
        {
            ctx.Recognized.Succeeded = true;
            ctx.Recognized.Value = new FoundChoice(stars.ToString(CultureInfo.InvariantCulture), stars - 1, 1.0);
            return Task.FromResult(true);
        }

        if (ctx.AttemptCount < 2) return Task.FromResult(false);
        ctx.Recognized.Succeeded = true;
        ctx.Recognized.Value = new FoundChoice(Skipped, -1, 0);
        return Task.FromResult(true);
    })
    { AppendChoices = false };

    /// <summary>"⭐⭐⭐" → 3: a message of 1 to 5 stars and nothing else (spaces and emoji joiners aside).</summary>
    public static int? Stars(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var stars = 0;
        foreach (var c in text)
        {
            if (c is '\u2B50' or '\u2605') stars++;
            else if (!char.IsWhiteSpace(c) && c is not ('\uFE0F' or '\u200D')) return null;
        }

        return stars is >= 1 and <= MaxStars ? stars : null;
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var language = step.Context.Conversation.Language;
        await step.Context.SendActivityAsync(catalog.Text(language, TextKeys.CaseCompleted, new Dictionary<string, string> { ["code"] = Code(step).ToString() }), ct);
        var options = PromptOptions.FromText(catalog.Text(language, TextKeys.RatingAsk), catalog.Text(language, TextKeys.RatingRetry));
        options.Choices = Enumerable.Range(1, MaxStars).Select(n => new Choice(n.ToString(CultureInfo.InvariantCulture))).ToList();
        return await step.PromptAsync(PromptId, options, ct);
    }

    private async Task<DialogTurnResult> StoreAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var language = step.Context.Conversation.Language;
        var rating = ((FoundChoice)step.Result!).Value;
        if (rating == Skipped)
        {
            await step.Context.SendActivityAsync(catalog.Text(language, TextKeys.RatingSkipped), ct);
            return await step.EndDialogAsync(null, ct);
        }

        if (await cases.GetAsync(Code(step), ct) is { Status: CaseStatus.Selesai } done)
        {
            var fields = new Dictionary<string, string>(done.Fields, StringComparer.Ordinal)
            {
                [CaseFields.Rating] = rating,
                [CaseFields.RatedAt] = step.Context.Now.ToString("O", CultureInfo.InvariantCulture),
            };
            await cases.UpdateAsync(done with { Fields = fields }, CaseStatus.Selesai, ct);
        }

        await step.Context.SendActivityAsync(catalog.Text(language, TextKeys.RatingThanks, new Dictionary<string, string> { ["rating"] = rating }), ct);
        return await step.EndDialogAsync(null, ct);
    }

    private static CaseCode Code(WaterfallStepContext step) =>
        CaseCode.TryParse(step.Options as string, out var code) ? code : throw new InvalidOperationException($"'{step.Options}' is not a case code.");
}
