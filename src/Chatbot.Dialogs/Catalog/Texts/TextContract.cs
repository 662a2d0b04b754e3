using Chatbot.Core.Cases;

namespace Chatbot.Dialogs.Catalog.Texts;

/// <summary>
/// The texts the bot's code relies on, with the placeholders the code fills for each. Every language must have each
/// key and may use only those placeholders (anything else would reach the citizen as a literal "{name}").
/// </summary>
public static class TextContract
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Required { get; } = Build();

    private static Dictionary<string, IReadOnlyList<string>> Build()
    {
        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [TextKeys.MenuGreeting] = ["name", "office"],
            [TextKeys.MenuOptions] = ["options"],
            [TextKeys.MenuOptionLine] = ["number", "title"],
            [TextKeys.MenuAgentOption] = [],
            [TextKeys.MenuRetry] = [],
            [TextKeys.ServiceUnavailable] = ["title"],
            [TextKeys.ConfirmYesWords] = [],
            [TextKeys.ConfirmNoWords] = [],
            [TextKeys.ChoiceLine] = ["number", "title"],
            [TextKeys.DateTodayWords] = [],
            [TextKeys.DateYesterdayWords] = [],
            [TextKeys.DateMonthNames] = [],
            [TextKeys.CaseCreated] = ["code", "position", "wait"],
            [TextKeys.CaseJoined] = ["code", "position", "wait"],
            [TextKeys.WaitMinutes] = ["n"],
            [TextKeys.WaitHours] = ["n"],
            [TextKeys.WaitDays] = ["n"],
            [TextKeys.WaitNextWorkingDay] = [],
            [TextKeys.GlobalCancelled] = [],
            [TextKeys.GlobalNothingToCancel] = [],
            [TextKeys.GlobalHelp] = [],
            [TextKeys.GlobalNotUnderstood] = [],
            [TextKeys.LanguageSwitched] = [],
            [TextKeys.StatusNone] = [],
            [TextKeys.StatusHeader] = [],
            [TextKeys.StatusLine] = ["code", "service", "status", "date", "position"],
            [TextKeys.StatusPosition] = ["position"],
            [TextKeys.StatusPrintedForPos] = [],
            [TextKeys.StatusTracking] = ["trackingNumber"],
            [TextKeys.HandoffQueued] = ["position"],
            [TextKeys.HandoffStillQueued] = ["position"],
            [TextKeys.HandoffWithOperator] = [],
            [TextKeys.HandoffAlreadyQueued] = ["position"],
            [TextKeys.ResumeOffer] = [],
            [TextKeys.ResumeResumed] = [],
            [TextKeys.ResumeDiscarded] = [],
            [TextKeys.ErrorGeneric] = [],
            [TextKeys.DeliveryPrinted] = ["name", "code"],
            [TextKeys.DeliveryAsk] = [],
            [TextKeys.DeliveryRetry] = [],
            [TextKeys.DeliveryPosWords] = [],
            [TextKeys.DeliveryOfficeWords] = [],
            [TextKeys.DeliveryPosSaved] = ["code"],
            [TextKeys.DeliveryPickupReady] = ["code", "pickupCode", "office", "address", "hours"],
            [TextKeys.DeliveryCaseChanged] = ["code"],
            [TextKeys.DeliveryBack] = [],
            [TextKeys.PickupOfficeDetail] = ["name", "address", "hours"],
            [TextKeys.TrackingSent] = ["code", "trackingNumber"],
            [TextKeys.CaseCompleted] = ["code"],
            [TextKeys.CaseRefused] = ["code", "reason"],
            [TextKeys.CaseCancelled] = ["code", "reason"],
            [TextKeys.CaseNoReason] = [],
            [TextKeys.RatingAsk] = [],
            [TextKeys.RatingRetry] = [],
            [TextKeys.RatingThanks] = ["rating"],
            [TextKeys.RatingSkipped] = [],
        };
        foreach (var status in Enum.GetValues<CaseStatus>()) keys[TextKeys.StatusName(status)] = [];
        foreach (var (key, placeholders) in ActivationTextKeys.Required) keys[key] = placeholders;
        foreach (var (key, placeholders) in DeskTextKeys.Required) keys[key] = placeholders;
        foreach (var (key, placeholders) in CatalogueTextKeys.Required) keys[key] = placeholders;
        return keys;
    }

    /// <summary>Placeholders the code fills for texts named in flows, by the step type or role that uses them.</summary>
    public static IReadOnlyList<string> ForRetry(StepType type, string code) => (type, code) switch
    {
        (StepType.Nik, "wrongLength") => ["count"],
        (StepType.Media, StepErrorCodes.TooLarge) => ["maxMb"],
        (StepType.Documents, StepErrorCodes.WrongType or StepErrorCodes.TooLarge) => ["name", "maxMb"],
        (StepType.Documents, StepErrorCodes.Missing) => ["list", "name"],
        (StepType.Documents, _) => ["name"],
        (StepType.Choice, _) => ["choices"],
        (StepType.Phone, _) => ["phone"],
        _ => [],
    };

    /// <summary>A phone step may show the citizen's own WhatsApp number as {phone} (the answer its skip words give).</summary>
    public static IReadOnlyList<string> ForAsk(StepType type) => type switch
    {
        StepType.Choice => ["choices"],
        StepType.Media => ["maxMb"],
        StepType.Documents => ["name", "maxMb"],
        StepType.Phone => ["phone"],
        _ => [],
    };
}
