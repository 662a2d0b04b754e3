using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Prompts;

namespace Chatbot.Dialogs.Bot;

/// <summary>
/// Joins the two vocabularies of refusal: a flow step's retry codes (dialogs/flows: "invalid", "wrongLength", …) and
/// the engine's prompt error codes ("nik.wrongLength", "media.tooLarge", …), plus the codes the flow's own validators set.
/// </summary>
public static class StepRetryCodes
{
    public const string TextInvalid = "text.invalid";
    public const string DateFuture = "date.future";
    public const string DateTooOld = "date.tooOld";

    public static IReadOnlyList<string> PromptCodes(StepType type, string stepCode) => (type, stepCode) switch
    {
        (StepType.Nik, _) => ["nik." + stepCode],
        (StepType.Media, _) => ["media." + stepCode],
        (StepType.Location, _) => ["location." + stepCode],
        (StepType.Date, StepErrorCodes.Future) => [DateFuture],
        (StepType.Date, StepErrorCodes.TooOld) => [DateTooOld],
        (StepType.Date, _) => [PromptErrors.DateUnrecognized],
        (StepType.Text or StepType.Name or StepType.Address, _) => [PromptErrors.TextEmpty, TextInvalid],
        (StepType.Choice, _) => [PromptErrors.ChoiceUnrecognized],
        (StepType.Confirm, _) => [PromptErrors.ConfirmUnrecognized],
        (StepType.Phone, _) => [PromptErrors.PhoneInvalid],
        (StepType.Postal, _) => [PromptErrors.PostalCodeInvalid],
        _ => [stepCode],
    };
}
