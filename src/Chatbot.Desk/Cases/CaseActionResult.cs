using Chatbot.Core.Cases;
using Chatbot.Dialogs.Bot;

namespace Chatbot.Desk.Cases;

/// <summary>Why an operator's change of a case was refused (or <see cref="Done"/>). Refused changes write nothing.</summary>
public enum CaseActionOutcome
{
    Done,

    /// <summary>No case with that code.</summary>
    NotFound,

    /// <summary>The lifecycle does not allow this move from the case's status (e.g. Baru → Dicetak, or printed twice).</summary>
    IllegalMove,

    /// <summary>The pickup code typed at the counter is not the case's.</summary>
    WrongPickupCode,

    /// <summary>Not a Pos tracking number (8 to 30 letters and digits).</summary>
    InvalidTrackingNumber,

    /// <summary>A refusal without a reason, or a reason (refusal or cancellation) outside <see cref="CaseUpdates.MinReasonLength"/>..<see cref="CaseUpdates.MaxReasonLength"/> characters.</summary>
    InvalidReason,

    /// <summary>A tracking number for a case whose citizen has not given a delivery address.</summary>
    NoDeliveryAddress,

    /// <summary>A card waiting at the office is handed over with its pickup code (<see cref="CaseUpdates.ConfirmPickupAsync"/>).</summary>
    PickupCodeRequired,

    /// <summary>"Tell the citizen again", but the case's status has nothing to tell (e.g. Pos chosen, no tracking number yet).</summary>
    NothingToTell,

    /// <summary>Other writers kept changing the case; try again.</summary>
    ChangedMeanwhile,
}

/// <summary>
/// The answer to an operator's change of a case: the outcome, the case as it now stands, a reason an operator can read
/// (refusals), and how the citizen was told (null when there was nothing to tell, or telling failed: see <see cref="NoticeFailed"/>).
/// </summary>
public sealed record CaseActionResult(CaseActionOutcome Outcome, ServiceCase? Case, string Reason, CitizenNotice? Notice = null)
{
    public bool Succeeded => Outcome == CaseActionOutcome.Done;

    /// <summary>
    /// The case changed but the message to the citizen could not be committed (Redis trouble after the change): the
    /// console should offer <see cref="CaseUpdates.NotifyAgainAsync"/>.
    /// </summary>
    public bool NoticeFailed { get; init; }

    public static CaseActionResult Refused(CaseActionOutcome outcome, ServiceCase? @case, string reason) => new(outcome, @case, reason);
}
