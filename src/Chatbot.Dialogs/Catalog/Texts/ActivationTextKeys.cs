namespace Chatbot.Dialogs.Catalog.Texts;

/// <summary>Keys of the IKD activation texts (booking on WhatsApp, reminders, the office's changes), with their placeholders.</summary>
public static class ActivationTextKeys
{
    // Texts of the report flow the booking reuses: the NIK and the full name are asked the same way.
    public const string AskNik = "ask.nik";
    public const string AskFullName = "ask.fullName";
    public const string FullNameInvalid = "fullName.invalid";
    public const string DayNames = "date.dayNames";

    public const string Intro = "ikd.intro";
    public const string StartAsk = "ikd.start.ask";
    public const string StartRetry = "ikd.start.retry";
    public const string StartSelfWords = "ikd.start.selfWords";
    public const string StartCodeWords = "ikd.start.codeWords";

    public const string YesNoRetry = "ikd.yesNo.retry";
    public const string AskRecorded = "ikd.ask.recorded";
    public const string NotRecorded = "ikd.notRecorded";
    public const string AskPhone = "ikd.ask.phone";
    public const string NoPhone = "ikd.noPhone";
    public const string AskEmail = "ikd.ask.email";
    public const string NoEmail = "ikd.noEmail";
    public const string ConsentAsk = "ikd.consent.ask";
    public const string ConsentRefused = "ikd.consent.refused";
    public const string AskMarried = "ikd.ask.married";
    public const string TooYoung = "ikd.tooYoung";
    public const string Bring = "ikd.bring";

    public const string AskArea = "ikd.ask.area";
    public const string AreaRetry = "ikd.area.retry";
    public const string AreaWithoutSeats = "ikd.area.withoutSeats";
    public const string AreaNoSeats = "ikd.area.noSeats";
    public const string NoSessions = "ikd.noSessions";
    public const string AskDate = "ikd.ask.date";
    public const string DateRetry = "ikd.date.retry";
    public const string AskSession = "ikd.ask.session";
    public const string SessionRetry = "ikd.session.retry";
    public const string SessionLine = "ikd.session.line";
    public const string Summary = "ikd.summary";
    public const string ConfirmAsk = "ikd.confirm.ask";
    public const string ConfirmRescheduleAsk = "ikd.confirm.rescheduleAsk";
    public const string ConfirmRetry = "ikd.confirm.retry";
    public const string Abandoned = "ikd.abandoned";
    public const string Booked = "ikd.booked";
    public const string Full = "ikd.full";
    public const string AlternativesAsk = "ikd.alternatives.ask";
    public const string AlternativesRetry = "ikd.alternatives.retry";
    public const string AlternativeLine = "ikd.alternative.line";
    public const string AlternativesNone = "ikd.alternatives.none";

    public const string Existing = "ikd.existing";
    public const string ManageAsk = "ikd.manage.ask";
    public const string ManageRetry = "ikd.manage.retry";
    public const string CancelAsk = "ikd.cancel.ask";
    public const string CancelDone = "ikd.cancel.done";
    public const string Kept = "ikd.kept";
    public const string Rescheduled = "ikd.rescheduled";
    public const string NotActive = "ikd.notActive";

    public const string AskInvitation = "ikd.ask.invitation";
    public const string InvitationInvalid = "ikd.invitation.invalid";
    public const string InvitationUnknown = "ikd.invitation.unknown";
    public const string InvitationGiveUp = "ikd.invitation.giveUp";
    public const string InvitationFound = "ikd.invitation.found";
    public const string InvitationFull = "ikd.invitation.full";
    public const string InvitationUnavailable = "ikd.invitation.unavailable";

    public const string ReminderDayBefore = "ikd.reminder.dayBefore";
    public const string ReminderHoursBefore = "ikd.reminder.hoursBefore";
    public const string SessionChanged = "ikd.session.changed";
    public const string ChangedAsk = "ikd.changed.ask";
    public const string ChangedRetry = "ikd.changed.retry";
    public const string SessionCancelled = "ikd.session.cancelled";

    public const string StatusLine = "ikd.status.line";
    public const string DateFormat = "ikd.date";
    public const string TimeFormat = "ikd.time";
    public const string ClockFormat = "ikd.clock";

    private static readonly string[] Booking = ["code", "date", "time", "place"];

    /// <summary>Every key with the placeholders the code fills (see <see cref="TextContract"/>).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Required { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [AskNik] = [],
        [AskFullName] = [],
        [FullNameInvalid] = [],
        [DayNames] = [],
        [Intro] = [],
        [StartAsk] = [],
        [StartRetry] = [],
        [StartSelfWords] = [],
        [StartCodeWords] = [],
        [YesNoRetry] = [],
        [AskRecorded] = [],
        [NotRecorded] = [],
        [AskPhone] = [],
        [NoPhone] = [],
        [AskEmail] = [],
        [NoEmail] = [],
        [ConsentAsk] = [],
        [ConsentRefused] = [],
        [AskMarried] = [],
        [TooYoung] = ["date"],
        [Bring] = [],
        [AskArea] = ["choices"],
        [AreaRetry] = ["choices"],
        [AreaWithoutSeats] = ["name"],
        [AreaNoSeats] = ["area", "days"],
        [NoSessions] = [],
        [AskDate] = ["area", "choices"],
        [DateRetry] = ["choices"],
        [AskSession] = ["date", "choices"],
        [SessionRetry] = ["choices"],
        [SessionLine] = ["time", "place", "seats"],
        [Summary] = ["name", "date", "time", "place"],
        [ConfirmAsk] = [],
        [ConfirmRescheduleAsk] = [],
        [ConfirmRetry] = [],
        [Abandoned] = [],
        [Booked] = [.. Booking, "bring"],
        [Full] = [],
        [AlternativesAsk] = ["choices"],
        [AlternativesRetry] = ["choices"],
        [AlternativeLine] = ["date", "time", "place", "area", "seats"],
        [AlternativesNone] = [],
        [Existing] = Booking,
        [ManageAsk] = [],
        [ManageRetry] = [],
        [CancelAsk] = Booking,
        [CancelDone] = ["code"],
        [Kept] = Booking,
        [Rescheduled] = Booking,
        [NotActive] = ["code"],
        [AskInvitation] = [],
        [InvitationInvalid] = [],
        [InvitationUnknown] = ["code"],
        [InvitationGiveUp] = [],
        [InvitationFound] = ["institution", "unit", "date", "time", "place"],
        [InvitationFull] = ["code"],
        [InvitationUnavailable] = ["code"],
        [ReminderDayBefore] = [.. Booking, "bring"],
        [ReminderHoursBefore] = Booking,
        [SessionChanged] = Booking,
        [ChangedAsk] = [],
        [ChangedRetry] = [],
        [SessionCancelled] = Booking,
        [StatusLine] = Booking,
        [DateFormat] = ["weekday", "day", "month", "year"],
        [TimeFormat] = ["start", "end"],
        [ClockFormat] = ["hh", "mm"],
    };
}
