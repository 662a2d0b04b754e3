using Chatbot.Core.Cases;

namespace Chatbot.Dialogs.Catalog.Texts;

/// <summary>Keys of the texts the bot says outside flows (flows and services name their own keys in their files).</summary>
public static class TextKeys
{
    public const string MenuGreeting = "menu.greeting";
    public const string MenuOptions = "menu.options";
    public const string MenuOptionLine = "menu.option.line";
    public const string MenuAgentOption = "menu.agentOption";
    public const string MenuRetry = "menu.retry";

    public const string ServiceUnavailable = "service.unavailable";

    public const string ConfirmYesWords = "confirm.yesWords";
    public const string ConfirmNoWords = "confirm.noWords";
    public const string ChoiceLine = "choice.line";
    public const string DateTodayWords = "date.todayWords";
    public const string DateYesterdayWords = "date.yesterdayWords";
    public const string DateMonthNames = "date.monthNames";

    public const string CaseCreated = "case.created";
    public const string CaseJoined = "case.joined";
    public const string WaitMinutes = "wait.minutes";
    public const string WaitHours = "wait.hours";
    public const string WaitDays = "wait.days";
    public const string WaitNextWorkingDay = "wait.nextWorkingDay";

    public const string GlobalCancelled = "global.cancelled";
    public const string GlobalNothingToCancel = "global.nothingToCancel";
    public const string GlobalHelp = "global.help";
    public const string GlobalNotUnderstood = "global.notUnderstood";
    public const string LanguageSwitched = "language.switched";

    public const string StatusNone = "status.none";
    public const string StatusHeader = "status.header";
    public const string StatusLine = "status.line";
    public const string StatusPosition = "status.position";
    public const string StatusPrintedForPos = "status.printedForPos";
    public const string StatusTracking = "status.tracking";

    public const string HandoffQueued = "handoff.queued";
    public const string HandoffStillQueued = "handoff.stillQueued";
    public const string HandoffWithOperator = "handoff.withOperator";
    public const string HandoffAlreadyQueued = "handoff.alreadyQueued";

    public const string ResumeOffer = "resume.offer";
    public const string ResumeResumed = "resume.resumed";
    public const string ResumeDiscarded = "resume.discarded";

    public const string ErrorGeneric = "error.generic";

    // After printing (bot-initiated: the office changed the case). The flows kirim-pos and ambil-kantor name their own keys.
    public const string DeliveryPrinted = "delivery.printed";
    public const string DeliveryAsk = "delivery.ask";
    public const string DeliveryRetry = "delivery.retry";
    public const string DeliveryPosWords = "delivery.posWords";
    public const string DeliveryOfficeWords = "delivery.officeWords";
    public const string DeliveryPosSaved = "delivery.pos.saved";
    public const string DeliveryPickupReady = "delivery.pickup.ready";
    public const string DeliveryCaseChanged = "delivery.caseChanged";
    public const string DeliveryBack = "delivery.back";
    public const string PickupOfficeDetail = "pickup.officeDetail";
    public const string TrackingSent = "tracking.sent";
    public const string CaseCompleted = "case.completed";
    public const string CaseRefused = "case.refused";
    public const string CaseCancelled = "case.cancelled";
    public const string CaseNoReason = "case.noReason";
    public const string RatingAsk = "rating.ask";
    public const string RatingRetry = "rating.retry";
    public const string RatingThanks = "rating.thanks";
    public const string RatingSkipped = "rating.skipped";

    /// <summary>"status.name.Dicetak": how a case status reads to the citizen.</summary>
    public static string StatusName(CaseStatus status) => "status.name." + status;
}
