using System.Globalization;
using System.Text.RegularExpressions;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;
using Chatbot.Dialogs.Prompts;
using Chatbot.Dialogs.Recognizers;
using Keys = Chatbot.Dialogs.Catalog.Texts.ActivationTextKeys;

namespace Chatbot.Dialogs.Bot.Activation;

/// <summary>The prompts the IKD dialogs share, and their options in the citizen's language.</summary>
public static partial class ActivationPrompts
{
    public const string YesNo = "ikd:yesno";
    public const string Nik = "ikd:nik";
    public const string Name = "ikd:name";

    /// <summary>One choice prompt for every numbered list: the choices travel in the options.</summary>
    public const string Choice = "ikd:choice";

    // The same rule as the report flow's full name (dialogs/services/lapor-rekam-ktp.json), which fullName.invalid states.
    private const int NameMin = 3, NameMax = 100;

    [GeneratedRegex(@"^[\p{L} .,'-]+$")]
    private static partial Regex NameRegex();

    public static IEnumerable<Dialog> Create()
    {
        yield return new ConfirmPrompt(YesNo);
        yield return new NikPrompt(Nik);
        yield return new TextPrompt(Name, (ctx, _) => Task.FromResult(ValidName(ctx)));
        yield return new ChoicePrompt(Choice) { AppendChoices = false };
    }

    public static PromptOptions YesNoOptions(DialogCatalog catalog, string language, string askKey, IReadOnlyDictionary<string, string>? args = null) =>
        PromptOptions.FromText(catalog.Text(language, askKey, args), catalog.Text(language, Keys.YesNoRetry));

    public static PromptOptions NikOptions(DialogCatalog catalog, string language)
    {
        var options = PromptOptions.FromText(catalog.Text(language, Keys.AskNik));
        // The NIK prompt's error codes are the report flow's text keys ("nik.wrongLength").
        string[] codes = [PromptErrors.NikEmpty, PromptErrors.NikNotDigits, PromptErrors.NikWrongLength, PromptErrors.NikUnknownRegion, PromptErrors.NikInvalidBirthDate, PromptErrors.NikInvalidSerial];
        options.RetryPrompts = codes.ToDictionary(c => c, c => catalog.Text(language, c));
        return options;
    }

    public static PromptOptions NameOptions(DialogCatalog catalog, string language) =>
        PromptOptions.FromText(catalog.Text(language, Keys.AskFullName), catalog.Text(language, Keys.FullNameInvalid));

    /// <summary>A numbered list: the ask and retry texts get the lines as {choices}; each choice also answers to its title and synonyms.</summary>
    public static PromptOptions ChoiceOptions(DialogCatalog catalog, string language, string askKey, string retryKey, IReadOnlyList<ListItem> items, IReadOnlyDictionary<string, string>? args = null)
    {
        var all = args is null ? new Dictionary<string, string>() : new Dictionary<string, string>(args);
        all["choices"] = string.Join('\n', items.Select((item, i) => catalog.Text(language, TextKeys.ChoiceLine, new Dictionary<string, string>
        {
            ["number"] = (i + 1).ToString(CultureInfo.InvariantCulture),
            ["title"] = item.Title,
        })));
        var options = PromptOptions.FromText(catalog.Text(language, askKey, all), catalog.Text(language, retryKey, all));
        options.Choices = items.Select(i => new Recognizers.Choice(i.Value, [.. i.Synonyms])).ToList();
        return options;
    }

    /// <summary>A list whose lines are written in the ask text itself ("1. … 2. …"): only the values and their words.</summary>
    public static PromptOptions FixedChoiceOptions(DialogCatalog catalog, string language, string askKey, string retryKey, params Recognizers.Choice[] choices)
    {
        var options = PromptOptions.FromText(catalog.Text(language, askKey), catalog.Text(language, retryKey));
        options.Choices = choices.ToList();
        return options;
    }

    private static bool ValidName(PromptValidatorContext<string> ctx)
    {
        if (!ctx.Recognized.Succeeded) return false;
        var text = WhiteSpace().Replace(ctx.Recognized.Value ?? string.Empty, " ").Trim();
        if (text.Length is < NameMin or > NameMax || !NameRegex().IsMatch(text)) return false;
        ctx.Recognized.Value = text;
        return true;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    /// <summary>One line of a numbered list: the value the dialog gets back, the title shown, other words that pick it.</summary>
    public sealed record ListItem(string Value, string Title, IReadOnlyList<string> Synonyms);
}
