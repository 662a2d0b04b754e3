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

    public const string HandoffQueued = "handoff.queued";
    public const string HandoffStillQueued = "handoff.stillQueued";
    public const string HandoffWithOperator = "handoff.withOperator";
    public const string HandoffAlreadyQueued = "handoff.alreadyQueued";

    public const string ResumeOffer = "resume.offer";
    public const string ResumeResumed = "resume.resumed";
    public const string ResumeDiscarded = "resume.discarded";

    public const string ErrorGeneric = "error.generic";

    /// <summary>"status.name.Dicetak": how a case status reads to the citizen.</summary>
    public static string StatusName(CaseStatus status) => "status.name." + status;
}
