using System.Text.RegularExpressions;
using Chatbot.Core.Cases;
using Chatbot.Core.Ports;
using Chatbot.Dialogs.Bot;
using Chatbot.Dialogs.Catalog;
using Microsoft.Extensions.Logging;

namespace Chatbot.Desk.Cases;

/// <summary>
/// What the console and the REST API call when an operator carries a case along its lifecycle after recording:
/// printed → (citizen chooses) Pos with a tracking number, or pickup with a pickup code → done, then a rating. Each
/// call checks <see cref="CaseLifecycle"/> and its own rule, saves the case only if its status did not change meanwhile
/// (else re-reads and decides again), records who and when in the history, and then tells the citizen through a
/// bot-initiated turn (<see cref="CitizenNotifier"/>: free text inside WhatsApp's 24-hour window, the approved template
/// outside it). Refusing or cancelling a case tells the citizen why. A refused action changes nothing and says why.
/// </summary>
public sealed partial class CaseUpdates(ICaseStore cases, CitizenNotifier notifier, DialogCatalog catalog, TimeProvider clock, ILogger<CaseUpdates> logger)
{
    public const int MinReasonLength = 3;
    public const int MaxReasonLength = 500;
    private const int MaxAttempts = 3;

    [GeneratedRegex("^[A-Z0-9]{8,30}$")]
    private static partial Regex TrackingNumberRegex();

    /// <summary>An operator starts working on a new case (Baru → Diproses). The citizen is not messaged.</summary>
    public Task<CaseActionResult> MarkProcessingAsync(CaseCode code, string by, CancellationToken ct = default) =>
        MoveAsync(code, CaseStatus.Diproses, by, null, _ => null, c => c, null, ct);

    /// <summary>The e-KTP is printed (Diproses → Dicetak): the bot asks the citizen "Pos (Rp14.000) or pickup?".</summary>
    public Task<CaseActionResult> MarkPrintedAsync(CaseCode code, string by, CancellationToken ct = default) =>
        MoveAsync(code, CaseStatus.Dicetak, by, null, _ => null, c => c, TemplateEvents.Printed, ct);

    /// <summary>
    /// The card is handed to Pos (Dicetak → DikirimPos, with the address the citizen gave): the citizen gets the tracking
    /// number and how to track it. Spaces and dashes in the number are dropped, letters upper-cased.
    /// </summary>
    public Task<CaseActionResult> SetTrackingNumberAsync(CaseCode code, string trackingNumber, string by, CancellationToken ct = default)
    {
        var number = NormalizeTrackingNumber(trackingNumber);
        if (number is null)
        {
            return Task.FromResult(CaseActionResult.Refused(CaseActionOutcome.InvalidTrackingNumber, null, $"'{trackingNumber}' is not a Pos tracking number (8 to 30 letters and digits)."));
        }

        return MoveAsync(code, CaseStatus.DikirimPos, by, "resi " + number,
            c => c.Fields.ContainsKey(CaseFields.DeliveryPrefix + "address")
                ? null
                : CaseActionResult.Refused(CaseActionOutcome.NoDeliveryAddress, c, $"Case {c.Code} has no delivery address: the citizen has not chosen Pos (or not confirmed the address) yet."),
            c => c with { TrackingNumber = number },
            TemplateEvents.Shipped, ct);
    }

    /// <summary>
    /// At the counter: the citizen's pickup code is checked; the right one hands the card over (SiapDiambil → Selesai) and
    /// the bot asks for a rating. A wrong code is refused and changes nothing.
    /// </summary>
    public Task<CaseActionResult> ConfirmPickupAsync(CaseCode code, string pickupCode, string by, CancellationToken ct = default) =>
        MoveAsync(code, CaseStatus.Selesai, by, "diambil di loket, kode ambil cocok",
            c => c.Status != CaseStatus.SiapDiambil
                ? CaseActionResult.Refused(CaseActionOutcome.IllegalMove, c, $"Case {c.Code} is {c.Status}, not waiting for pickup (SiapDiambil).")
                : c.PickupCode is { } stored && PickupCode.TryParse(stored, out var expected) && expected.Matches(pickupCode)
                    ? null
                    : CaseActionResult.Refused(CaseActionOutcome.WrongPickupCode, c, $"The pickup code does not match case {c.Code}; nothing was changed."),
            c => c, TemplateEvents.Completed, ct);

    /// <summary>
    /// Pos delivered the card (DikirimPos → Selesai): the bot thanks the citizen and asks for a rating. A card waiting at
    /// the office is completed with its pickup code instead (<see cref="ConfirmPickupAsync"/>).
    /// </summary>
    public Task<CaseActionResult> CompleteAsync(CaseCode code, string by, CancellationToken ct = default) =>
        MoveAsync(code, CaseStatus.Selesai, by, null,
            c => c.Status == CaseStatus.SiapDiambil
                ? CaseActionResult.Refused(CaseActionOutcome.PickupCodeRequired, c, $"Case {c.Code} waits at the office: hand it over with the citizen's pickup code.")
                : null,
            c => c, TemplateEvents.Completed, ct);

    /// <summary>
    /// The office refuses the case (Baru or Diproses → Ditolak): the reason (required) is kept in the history and the
    /// citizen is told it, with what to do next. The NIK and service are free for a new request, as for every closed case.
    /// </summary>
    public Task<CaseActionResult> RefuseAsync(CaseCode code, string reason, string by, CancellationToken ct = default) =>
        CloseAsync(code, CaseStatus.Ditolak, reason, true, by, ct);

    /// <summary>The office cancels the case (Baru, Diproses or Dicetak → Dibatalkan), with an optional reason; the citizen is told.</summary>
    public Task<CaseActionResult> CancelAsync(CaseCode code, string? reason, string by, CancellationToken ct = default) =>
        CloseAsync(code, CaseStatus.Dibatalkan, reason, false, by, ct);

    /// <summary>
    /// Tells the citizen again what the case's status asks of them or gives them (the delivery question, the tracking
    /// number, the pickup code, the rating question, why the case was refused or cancelled), e.g. when the first message
    /// could not be sent. Changes nothing.
    /// </summary>
    public async Task<CaseActionResult> NotifyAgainAsync(CaseCode code, string by, CancellationToken ct = default)
    {
        var current = await cases.GetAsync(code, ct);
        if (current is null) return CaseActionResult.Refused(CaseActionOutcome.NotFound, null, $"No case {code}.");
        var eventName = current.Status switch
        {
            CaseStatus.Dicetak when !current.Fields.ContainsKey(CaseFields.Delivery) => TemplateEvents.Printed,
            CaseStatus.DikirimPos => TemplateEvents.Shipped,
            CaseStatus.SiapDiambil => TemplateEvents.Ready,
            CaseStatus.Selesai when !current.Fields.ContainsKey(CaseFields.Rating) => TemplateEvents.Completed,
            CaseStatus.Ditolak => TemplateEvents.Refused,
            CaseStatus.Dibatalkan => TemplateEvents.Cancelled,
            _ => null,
        };
        if (eventName is null) return CaseActionResult.Refused(CaseActionOutcome.NothingToTell, current, $"Case {code} is {current.Status}: there is nothing to tell the citizen now.");
        logger.LogInformation("{By} asks to tell the citizen of case {Code} again ({Event}).", by, code, eventName);
        return await TellAsync(current, eventName, ct);
    }

    /// <summary>Whether a (trimmed) reason for a refusal or cancellation has the length the citizen is told: 3 to 500 characters.</summary>
    public static bool ReasonFits(string reason) => reason is { Length: >= MinReasonLength and <= MaxReasonLength };

    /// <summary>"P 2203-1200 12345" → "P2203120012345"; null when it cannot be a tracking number.</summary>
    public static string? NormalizeTrackingNumber(string? input)
    {
        var cleaned = new string((input ?? string.Empty).Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant).ToArray());
        return TrackingNumberRegex().IsMatch(cleaned) ? cleaned : null;
    }

    private Task<CaseActionResult> CloseAsync(CaseCode code, CaseStatus to, string? reason, bool required, string by, CancellationToken ct)
    {
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (trimmed is null ? required : !ReasonFits(trimmed))
        {
            return Task.FromResult(CaseActionResult.Refused(CaseActionOutcome.InvalidReason, null, $"The reason is told to the citizen: {MinReasonLength} to {MaxReasonLength} characters{(required ? ", required for a refusal" : string.Empty)}."));
        }

        return MoveAsync(code, to, by, trimmed, _ => null, c => c, to == CaseStatus.Ditolak ? TemplateEvents.Refused : TemplateEvents.Cancelled, ct);
    }

    private async Task<CaseActionResult> MoveAsync(
        CaseCode code,
        CaseStatus to,
        string by,
        string? note,
        Func<ServiceCase, CaseActionResult?> refuse,
        Func<ServiceCase, ServiceCase> change,
        string? eventName,
        CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var current = await cases.GetAsync(code, ct);
            if (current is null) return CaseActionResult.Refused(CaseActionOutcome.NotFound, null, $"No case {code}.");
            if (!CaseLifecycle.CanMove(current.Status, to))
            {
                var allowed = CaseLifecycle.NextOf(current.Status);
                var next = allowed.Count == 0 ? "it is closed" : "from there it can go to " + string.Join(", ", allowed);
                return CaseActionResult.Refused(CaseActionOutcome.IllegalMove, current, $"Case {code} is {current.Status} and cannot become {to}: {next}.");
            }

            if (refuse(current) is { } refused) return refused;

            var moved = change(current) with
            {
                Status = to,
                History = [.. current.History, new StatusChange(to, clock.GetUtcNow(), by, note)],
            };
            switch (await cases.UpdateAsync(moved, current.Status, ct))
            {
                case CaseUpdateOutcome.NotFound:
                    return CaseActionResult.Refused(CaseActionOutcome.NotFound, null, $"No case {code}.");
                case CaseUpdateOutcome.StatusChanged:
                    continue; // someone moved it meanwhile: read again and decide on what it is now
            }

            logger.LogInformation("Case {Code}: {From} → {To} by {By}.", code, current.Status, to, by);
            return eventName is null ? new CaseActionResult(CaseActionOutcome.Done, moved, string.Empty) : await TellAsync(moved, eventName, ct);
        }

        return CaseActionResult.Refused(CaseActionOutcome.ChangedMeanwhile, await cases.GetAsync(code, ct), $"Case {code} kept changing; nothing was changed by this request. Try again.");
    }

    private async Task<CaseActionResult> TellAsync(ServiceCase @case, string eventName, CancellationToken ct)
    {
        try
        {
            var notice = await notifier.NotifyAsync(CaseEvents.For(@case, eventName, catalog), ct);
            return new CaseActionResult(CaseActionOutcome.Done, @case, string.Empty, notice);
        }
        catch (Exception e) when (e is not (OperationCanceledException or ArgumentException))
        {
            // The case stands; only the message is missing. The console offers "tell again" (NotifyAgainAsync).
            logger.LogError(e, "Case {Code} changed but the citizen could not be told ({Event}).", @case.Code, eventName);
            return new CaseActionResult(CaseActionOutcome.Done, @case, "The case changed, but the message to the citizen could not be queued; send it again.") { NoticeFailed = true };
        }
    }
}
