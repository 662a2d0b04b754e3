using System.Globalization;
using Chatbot.Dialogs.Recognizers;

namespace Chatbot.Dialogs.Prompts;

/// <summary>
/// A calendar date, relative words counted from the office's today (see <see cref="IndonesianDateRecognizer"/>). A vague
/// answer ("minggu lalu", "awal bulan ini", "agustus 2018") is asked once more for the exact day (<see cref="PromptErrors.DateVague"/>
/// with the range); a second vague answer is taken at the first day of its range: the earliest day the citizen can
/// mean, so a not-in-the-future rule still holds and "awal bulan" reads as the 1st, as offices do. Ranges belong in a validator.
/// </summary>
public sealed class DatePrompt(string dialogId, PromptValidator<DateOnly>? validator = null) : Prompt<DateOnly>(dialogId, validator)
{
    private const string AskedForExactDayKey = "askedForExactDay";

    protected override Task<PromptRecognizerResult<DateOnly>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken ct)
    {
        var recognized = IndonesianDateRecognizer.Recognize(turnContext.Activity.Text, turnContext.Today);
        if (recognized is null) return Task.FromResult(PromptRecognizerResult<DateOnly>.Failure(PromptErrors.DateUnrecognized));
        if (recognized.IsExact || Convert.ToBoolean(state.ValueOrNull(AskedForExactDayKey) ?? false, CultureInfo.InvariantCulture))
        {
            return Task.FromResult(PromptRecognizerResult<DateOnly>.Success(recognized.Date));
        }

        state[AskedForExactDayKey] = true;
        return Task.FromResult(PromptRecognizerResult<DateOnly>.Failure(PromptErrors.DateVague, new Dictionary<string, string>
        {
            ["from"] = recognized.From.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            ["to"] = recognized.To.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        }));
    }
}
