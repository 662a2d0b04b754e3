using Chatbot.Core.Cases;
using Chatbot.Core.Ports;
using Chatbot.Desk.Conversations;
using Chatbot.Desk.Events;
using Microsoft.Extensions.Options;

namespace Chatbot.Desk.Cases;

/// <summary>
/// What an operator does with a case, for the console and the REST API alike. Moves after recording (Diproses,
/// Dicetak, DikirimPos with the tracking number, Selesai, Ditolak and Dibatalkan with the reason) go through the bot's
/// <see cref="CaseUpdates"/>, so the citizen is told (free text inside the 24-hour window, the approved template outside).
/// Every move checks Core's <see cref="CaseLifecycle"/> and is saved only if nobody moved the case meanwhile.
/// </summary>
public sealed class CaseActions(
    ICaseStore cases,
    ICaseDirectory directory,
    ICaseNotes notes,
    CaseUpdates updates,
    IConversationStore conversations,
    IQueueAccess access,
    IOptionsMonitor<OperationsOptions> options,
    AuditTrail audit,
    ConsoleEventPublisher events,
    TimeProvider clock)
{
    public const int MaxNoteLength = 2000;

    /// <summary>Cases created in [from, to) (default: the last 30 days), newest first, in the queues the actor may see.</summary>
    public async Task<IReadOnlyList<CaseListItem>> ListAsync(Actor actor, string? queue, CaseStatus? status, DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (start, end) = Range(from, to);
        var found = new List<CaseListItem>();
        foreach (var @case in (await directory.ListAsync(start, end, ct)).Reverse())
        {
            if (queue is not null && @case.Queue != queue) continue;
            if (status is { } wanted && @case.Status != wanted) continue;
            if (!await access.CanSeeAsync(actor, @case.Queue, ct)) continue;
            found.Add(CaseViews.ListItem(@case));
        }

        return found;
    }

    public async Task<OperationResult<CaseView>> GetAsync(Actor actor, string code, CancellationToken ct = default)
    {
        var @case = await FindAsync(actor, code, ct);
        return @case is null ? NotFound() : OperationResult<CaseView>.Ok(await ViewAsync(@case, ct));
    }

    /// <summary>The full NIK, recorded in the audit log (who, which case, when) before it is shown; never logged.</summary>
    public async Task<OperationResult<string>> RevealNikAsync(Actor actor, string code, CancellationToken ct = default)
    {
        var @case = await FindAsync(actor, code, ct);
        if (@case is null) return OperationResult<string>.Fail(OperationOutcome.NotFound, "Kasus tidak ditemukan.", "notFound");
        await audit.RecordAsync(actor, AuditActions.NikRevealed, caseCode: @case.Code.ToString(), cancellationToken: ct);
        return OperationResult<string>.Ok(@case.SubjectNik);
    }

    /// <summary>
    /// Moves the case to <paramref name="status"/>: DikirimPos needs the Pos tracking number, Selesai at the counter the
    /// citizen's pickup code, Ditolak a reason (the note, 3 to 500 characters, told to the citizen; optional for
    /// Dibatalkan). SiapDiambil is the citizen's own choice (through the bot).
    /// The note is kept with the case.
    /// </summary>
    public async Task<OperationResult<CaseChangeView>> ChangeStatusAsync(
        Actor actor, string code, string? status, string? note, string? trackingNumber, string? pickupCode, CancellationToken ct = default)
    {
        var @case = await FindAsync(actor, code, ct);
        if (@case is null) return OperationResult<CaseChangeView>.Fail(OperationOutcome.NotFound, "Kasus tidak ditemukan.", "notFound");
        if (!Enum.TryParse<CaseStatus>(status, ignoreCase: true, out var to) || !Enum.IsDefined(to) || int.TryParse(status, out _))
            return Refused($"Status '{status}' tidak dikenal.", "unknownStatus");
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > MaxNoteLength }) return Refused($"Catatan lebih dari {MaxNoteLength} karakter.", "textTooLong");

        var from = @case.Status;
        var by = actor.UserName;
        CaseActionResult result;
        switch (to)
        {
            case CaseStatus.Diproses:
                result = await updates.MarkProcessingAsync(@case.Code, by, ct);
                break;
            case CaseStatus.Dicetak:
                result = await updates.MarkPrintedAsync(@case.Code, by, ct);
                break;
            case CaseStatus.DikirimPos:
                if (string.IsNullOrWhiteSpace(trackingNumber)) return Refused("Isi nomor resi Pos.", "trackingNumberRequired");
                result = await updates.SetTrackingNumberAsync(@case.Code, trackingNumber, by, ct);
                break;
            case CaseStatus.Selesai:
                result = string.IsNullOrWhiteSpace(pickupCode)
                    ? await updates.CompleteAsync(@case.Code, by, ct)
                    : await updates.ConfirmPickupAsync(@case.Code, pickupCode, by, ct);
                break;
            case CaseStatus.SiapDiambil:
                return Refused("Status SiapDiambil dipilih warga lewat bot (ambil di kantor); kode ambil dibuat saat itu.", "citizenChoice");
            case CaseStatus.Ditolak or CaseStatus.Dibatalkan:
                // The note is the reason, and the citizen reads it.
                if (to == CaseStatus.Ditolak && note is null) return Refused("Tulis alasan penolakan di kolom note; warga akan menerimanya.", "reasonRequired");
                if (note is not null && !CaseUpdates.ReasonFits(note))
                    return Refused($"Alasan (note) harus {CaseUpdates.MinReasonLength} sampai {CaseUpdates.MaxReasonLength} karakter; warga akan menerimanya.", "invalidReason");
                result = to == CaseStatus.Ditolak
                    ? await updates.RefuseAsync(@case.Code, note!, by, ct)
                    : await updates.CancelAsync(@case.Code, note, by, ct);
                break;
            default:
                return Refused($"Status {to} tidak dapat dipilih.", "illegalMove");
        }

        if (!result.Succeeded)
        {
            var outcome = result.Outcome switch
            {
                CaseActionOutcome.NotFound => OperationOutcome.NotFound,
                CaseActionOutcome.ChangedMeanwhile => OperationOutcome.Conflict,
                _ => OperationOutcome.Refused,
            };
            return OperationResult<CaseChangeView>.Fail(outcome, result.Reason, char.ToLowerInvariant(result.Outcome.ToString()[0]) + result.Outcome.ToString()[1..]);
        }

        var moved = result.Case!;
        if (note is not null) await notes.AddAsync(moved.Code.ToString(), new CaseNote(clock.GetUtcNow(), by, $"[{moved.Status}] {note}"), ct);
        await audit.RecordAsync(actor, AuditActions.CaseStatus, caseCode: moved.Code.ToString(), detail: $"{from} → {moved.Status}", cancellationToken: ct);
        await events.PublishAsync(ConsoleEventTypes.Case, moved.RequesterPhone, moved.Code.ToString(), moved.Queue, detail: moved.Status.ToString(), cancellationToken: ct);
        var view = await ViewAsync(moved, ct);
        return OperationResult<CaseChangeView>.Ok(new CaseChangeView(
            view, result.Notice is { Messages: > 0 }, result.Notice?.AsTemplate ?? false, result.NoticeFailed, string.IsNullOrEmpty(result.Reason) ? null : result.Reason));
    }

    /// <summary>A private note on the case (never sent to the citizen).</summary>
    public async Task<OperationResult<CaseView>> AddNoteAsync(Actor actor, string code, string? text, CancellationToken ct = default)
    {
        var body = text?.Trim() ?? string.Empty;
        if (body.Length == 0) return OperationResult<CaseView>.Fail(OperationOutcome.Refused, "Catatan kosong.", "emptyText");
        if (body.Length > MaxNoteLength) return OperationResult<CaseView>.Fail(OperationOutcome.Refused, $"Catatan lebih dari {MaxNoteLength} karakter.", "textTooLong");
        var @case = await FindAsync(actor, code, ct);
        if (@case is null) return NotFound();
        await notes.AddAsync(@case.Code.ToString(), new CaseNote(clock.GetUtcNow(), actor.UserName, body), ct);
        await audit.RecordAsync(actor, AuditActions.CaseNote, caseCode: @case.Code.ToString(), cancellationToken: ct);
        await events.PublishAsync(ConsoleEventTypes.Case, @case.RequesterPhone, @case.Code.ToString(), @case.Queue, detail: @case.Status.ToString(), cancellationToken: ct);
        return OperationResult<CaseView>.Ok(await ViewAsync(@case, ct));
    }

    /// <summary>The canned responses; with a conversation, {name} and {code} filled from its citizen and latest case.</summary>
    public async Task<IReadOnlyList<CannedResponseView>> CannedResponsesAsync(Actor actor, string? conversationId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        string? name = null, code = null;
        if (ConversationActions.IsConversationId(conversationId))
        {
            var state = (await conversations.LoadAsync(conversationId!, null, ct)).State;
            var latest = (await cases.ListForRequesterAsync(conversationId!, ct)).FirstOrDefault();
            var full = latest is null ? null : await cases.GetAsync(latest.Code, ct);
            if (full is null || await access.CanSeeAsync(actor, full.Queue, ct) || state.Operator == actor.UserName)
            {
                name = full?.FullName is { Length: > 0 } fullName ? fullName : state.ProfileName;
                code = latest?.Code.ToString();
            }
        }

        return options.CurrentValue.CannedResponses
            .Select(c => new CannedResponseView(c.Name, c.Text, Fill(c.Text, name, code)))
            .ToList();
    }

    public static string Fill(string text, string? name, string? code)
    {
        ArgumentNullException.ThrowIfNull(text);
        var filled = text;
        if (name is not null) filled = filled.Replace("{name}", name, StringComparison.Ordinal);
        if (code is not null) filled = filled.Replace("{code}", code, StringComparison.Ordinal);
        return filled;
    }

    public static (DateTimeOffset From, DateTimeOffset To) Range(DateTimeOffset? from, DateTimeOffset? to)
    {
        var end = to ?? DateTimeOffset.UtcNow.AddDays(1);
        return (from ?? end.AddDays(-31), end);
    }

    private async Task<ServiceCase?> FindAsync(Actor actor, string code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!CaseCode.TryParse(code, out var parsed)) return null;
        var @case = await cases.GetAsync(parsed, ct);
        return @case is not null && await access.CanSeeAsync(actor, @case.Queue, ct) ? @case : null;
    }

    private async Task<CaseView> ViewAsync(ServiceCase @case, CancellationToken ct) =>
        CaseViews.Full(@case, await notes.ListAsync(@case.Code.ToString(), ct));

    private static OperationResult<CaseView> NotFound() => OperationResult<CaseView>.Fail(OperationOutcome.NotFound, "Kasus tidak ditemukan.", "notFound");

    private static OperationResult<CaseChangeView> Refused(string reason, string code) => OperationResult<CaseChangeView>.Fail(OperationOutcome.Refused, reason, code);
}

/// <summary>A canned response: its text as configured and with {name} and {code} filled (when a conversation was given).</summary>
public sealed record CannedResponseView(string Name, string Text, string Filled);
