using System.Globalization;
using Chatbot.Core.Cases;
using Chatbot.Core.Conversations;
using Chatbot.Core.Identity;
using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Chatbot.Desk.Cases;
using Chatbot.Desk.Events;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;
using Microsoft.Extensions.Options;

namespace Chatbot.Desk.Conversations;

/// <summary>
/// What an operator does in a conversation, for the console and the REST API alike. Every change of the conversation
/// goes through <see cref="IConversationStore.CommitAsync"/>: state, outgoing messages and transcript lines together,
/// only if nobody changed the conversation since it was read (ETag); otherwise it is read again and decided again.
/// So of two operators taking over at the same moment exactly one wins, and a reply never crosses a hand-back.
/// Taking over sets the mode WithOperator: from then on the bot stays silent (CitizenBot) until the hand-back. Routing
/// takes over the same way when it gives an operator an item (accepted offer, pull next): <see cref="TakeOverAssignedAsync"/>.
/// </summary>
public sealed class ConversationActions(
    IConversationStore store,
    IHandoffQueue handoff,
    ICaseStore cases,
    IDeliveryLog deliveries,
    IOperatorAccounts accounts,
    DialogCatalog catalog,
    IDialogProgress dialogs,
    IOptionsMonitor<OperationsOptions> options,
    IQueueAccess access,
    AuditTrail audit,
    ConsoleEventPublisher events,
    TimeProvider clock,
    ILogger<ConversationActions> logger)
{
    /// <summary>Twilio's limit of a WhatsApp message body.</summary>
    public const int MaxTextLength = 1600;

    /// <summary>The transcript lines the console shows (the latest).</summary>
    public const int TranscriptLines = 200;

    /// <summary>Transcript ids of private notes start with this: notes are never sent.</summary>
    public const string NoteIdPrefix = "note-";

    private const int MaxTemplateValueLength = 256;

    public async Task<OperationResult<ConversationView>> GetAsync(Actor actor, string conversationId, CancellationToken ct = default)
    {
        if (!IsConversationId(conversationId)) return NotFound<ConversationView>();
        var state = (await store.LoadAsync(conversationId, null, ct)).State;
        var transcript = await store.GetTranscriptAsync(conversationId, TranscriptLines, ct);
        if (state.ETag is null && transcript.Count == 0) return NotFound<ConversationView>();
        var related = await CasesOfAsync(conversationId, ct);
        if (!await CanSeeAsync(actor, state, related, ct)) return NotFound<ConversationView>();
        return OperationResult<ConversationView>.Ok(await ViewAsync(state, transcript, related, ct));
    }

    /// <summary>The actor holds the conversation (mode WithOperator): the bot goes silent. Refused when another operator holds it.</summary>
    public Task<OperationResult<ConversationView>> TakeOverAsync(Actor actor, string conversationId, CancellationToken ct = default) =>
        TakeOverCoreAsync(actor, conversationId, null, ct);

    /// <summary>
    /// The same take-over, because routing gave the actor an item of this conversation (an accepted offer, pull next, a
    /// claimed item; <paramref name="how"/> is the audit's detail): the same guard (refused when another operator holds
    /// it), but the assignment is the permission to see the conversation (routing only gives items of the actor's queues).
    /// </summary>
    public Task<OperationResult<ConversationView>> TakeOverAssignedAsync(Actor actor, string conversationId, string how, CancellationToken ct = default) =>
        TakeOverCoreAsync(actor, conversationId, how, ct);

    private async Task<OperationResult<ConversationView>> TakeOverCoreAsync(Actor actor, string conversationId, string? assignedHow, CancellationToken ct)
    {
        var result = await ChangeAsync(actor, conversationId, assignedHow is not null, (state, now) =>
        {
            if (state.Mode == ConversationMode.WithOperator && state.Operator == actor.UserName) return Decision.Nothing;
            if (state.Mode == ConversationMode.WithOperator && state.Operator is { } holder)
                return Decision.Refuse(OperationOutcome.Conflict, $"Percakapan ini sudah dipegang petugas {holder}.", "heldByOther");

            state.Mode = ConversationMode.WithOperator;
            state.Operator = actor.UserName;
            state.QueuedAt = null;
            state.LastActivityAt = now;
            // Tell the citizen a person is here now, when WhatsApp lets us (inside the 24-hour window).
            return state.InsideWindow(now)
                ? Decision.Commit(BotMessage(state, catalog.Text(state.Language, TextKeys.HandoffWithOperator), now))
                : Decision.Commit();
        }, ct);
        if (!result.Succeeded) return result;

        await handoff.RemoveAsync(conversationId, ct);
        await audit.RecordAsync(actor, AuditActions.TakeOver, conversationId: conversationId, detail: assignedHow, cancellationToken: ct);
        await PublishAsync(result.Value!, ct);
        return result;
    }

    /// <summary>Free text to the citizen: only by the operator holding the conversation, only inside WhatsApp's 24-hour window.</summary>
    public async Task<OperationResult<ConversationView>> ReplyAsync(Actor actor, string conversationId, string? text, CancellationToken ct = default)
    {
        var body = text?.Trim() ?? string.Empty;
        if (body.Length == 0) return Refused("Pesan kosong.", "emptyText");
        if (body.Length > MaxTextLength) return Refused($"Pesan lebih dari {MaxTextLength} karakter.", "textTooLong");

        var result = await ChangeAsync(actor, conversationId, (state, now) =>
        {
            if (HolderRefusal(actor, state) is { } refusal) return refusal;
            if (!state.InsideWindow(now))
            {
                return Decision.Refuse(OperationOutcome.Refused,
                    "Di luar jendela 24 jam WhatsApp: pesan bebas tidak dapat dikirim. Kirim templat yang disetujui.", "outsideWindow");
            }

            state.LastActivityAt = now;
            var message = new OutboundMessage
            {
                Id = Guid.NewGuid().ToString("N"),
                ConversationId = state.ConversationId,
                Text = body,
                Origin = MessageOrigin.Operator,
                Author = actor.UserName,
                CreatedAt = now,
            };
            return Decision.Commit((message, new TranscriptEntry(Speaker.Operator, body, now, message.Id) { Author = actor.UserName }));
        }, ct);
        if (!result.Succeeded) return result;

        await audit.RecordAsync(actor, AuditActions.Reply, conversationId: conversationId, detail: $"{body.Length} karakter", cancellationToken: ct);
        await PublishAsync(result.Value!, ct);
        return result;
    }

    /// <summary>
    /// An approved template (option "Templates"), the only thing WhatsApp delivers outside the 24-hour window. Values of
    /// its variables come from <paramref name="variables"/> by name; "name" and "code" default to the citizen's name
    /// and their latest case's code.
    /// </summary>
    public async Task<OperationResult<ConversationView>> SendTemplateAsync(
        Actor actor, string conversationId, string? templateName, IReadOnlyDictionary<string, string>? variables, CancellationToken ct = default)
    {
        var template = options.CurrentValue.FindTemplate(templateName);
        if (template is null) return Refused($"Templat '{templateName}' tidak dikenal.", "unknownTemplate");
        var given = new Dictionary<string, string>(variables ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        var related = IsConversationId(conversationId) ? await CasesOfAsync(conversationId, ct) : [];

        var result = await ChangeAsync(actor, conversationId, (state, now) =>
        {
            if (HolderRefusal(actor, state) is { } refusal) return refusal;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var missing = new List<string>();
            for (var i = 0; i < template.Variables.Count; i++)
            {
                var name = template.Variables[i];
                var value = given.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v : Default(name, state, related);
                if (string.IsNullOrWhiteSpace(value)) missing.Add(name);
                else values[(i + 1).ToString(CultureInfo.InvariantCulture)] = TemplateValue(value);
            }

            if (missing.Count > 0) return Decision.Refuse(OperationOutcome.Refused, "Isi variabel templat: " + string.Join(", ", missing) + ".", "missingVariables");

            state.LastActivityAt = now;
            var content = new TemplateContent(template.ContentSid, values);
            var message = new OutboundMessage
            {
                Id = Guid.NewGuid().ToString("N"),
                ConversationId = state.ConversationId,
                Template = content,
                Origin = MessageOrigin.Operator,
                Author = actor.UserName,
                CreatedAt = now,
            };
            var line = $"[template {template.Name}] " + string.Join(" · ", values.OrderBy(v => int.Parse(v.Key, CultureInfo.InvariantCulture)).Select(v => v.Value));
            return Decision.Commit((message, new TranscriptEntry(Speaker.Operator, line, now, message.Id) { Author = actor.UserName }));
        }, ct);
        if (!result.Succeeded) return result;

        await audit.RecordAsync(actor, AuditActions.Template, conversationId: conversationId, detail: template.Name, cancellationToken: ct);
        await PublishAsync(result.Value!, ct);
        return result;
    }

    /// <summary>Back to the bot (mode Bot); an unfinished request set aside earlier is offered again ("lanjutkan?").</summary>
    public async Task<OperationResult<ConversationView>> HandBackAsync(Actor actor, string conversationId, CancellationToken ct = default)
    {
        var result = await ChangeAsync(actor, conversationId, (state, now) =>
        {
            if (state.Mode == ConversationMode.Bot) return Decision.Nothing;
            if (!actor.IsSupervisor && HolderRefusal(actor, state) is { } refusal) return refusal;

            state.Mode = ConversationMode.Bot;
            state.Operator = null;
            state.QueuedAt = null;
            state.LastActivityAt = now;
            return state.SuspendedDialogState is not null && dialogs.IsIdle(state) && state.InsideWindow(now)
                ? Decision.Commit(BotMessage(state, catalog.Text(state.Language, TextKeys.ResumeOffer), now))
                : Decision.Commit();
        }, ct);
        if (!result.Succeeded) return result;

        await handoff.RemoveAsync(conversationId, ct);
        await audit.RecordAsync(actor, AuditActions.HandBack, conversationId: conversationId, cancellationToken: ct);
        await PublishAsync(result.Value!, ct);
        return result;
    }

    /// <summary>
    /// To another operator (who then holds it) or to a queue (it waits there, mode Queued, and its open case moves to
    /// that queue). By the operator holding it, or a supervisor.
    /// </summary>
    public async Task<OperationResult<ConversationView>> TransferAsync(Actor actor, string conversationId, string? queue, string? toOperator, CancellationToken ct = default)
    {
        queue = string.IsNullOrWhiteSpace(queue) ? null : queue.Trim();
        toOperator = string.IsNullOrWhiteSpace(toOperator) ? null : Core.Accounts.OperatorUserName.TryNormalize(toOperator) ?? string.Empty;
        if ((queue is null) == (toOperator is null)) return Refused("Pilih satu tujuan: antrean atau petugas.", "oneTarget");
        if (queue is not null && !QueueName.IsValid(queue)) return Refused("Nama antrean tidak sah.", "invalidQueue");
        if (toOperator is not null)
        {
            var account = toOperator.Length == 0 ? null : await accounts.FindAsync(toOperator, ct);
            if (account is null || !account.Active) return Refused("Petugas tujuan tidak ditemukan atau tidak aktif.", "unknownOperator");
        }

        var result = await ChangeAsync(actor, conversationId, (state, now) =>
        {
            var heldByOther = state.Mode == ConversationMode.WithOperator && state.Operator is { } holder && holder != actor.UserName;
            if (heldByOther && !actor.IsSupervisor)
                return Decision.Refuse(OperationOutcome.Conflict, $"Percakapan ini dipegang petugas {state.Operator}.", "heldByOther");

            state.LastActivityAt = now;
            if (toOperator is not null)
            {
                state.Mode = ConversationMode.WithOperator;
                state.Operator = toOperator;
                state.QueuedAt = null;
            }
            else
            {
                state.Mode = ConversationMode.Queued;
                state.Operator = null;
                state.QueuedAt = now;
            }

            return Decision.Commit();
        }, ct);
        if (!result.Succeeded) return result;

        if (queue is not null)
        {
            await handoff.EnqueueAsync(conversationId, clock.GetUtcNow(), ct);
            await MoveOpenCaseAsync(conversationId, queue, ct);
        }
        else
        {
            await handoff.RemoveAsync(conversationId, ct);
        }

        await audit.RecordAsync(actor, AuditActions.Transfer, conversationId: conversationId,
            detail: queue is not null ? "antrean " + queue : "petugas " + toOperator, cancellationToken: ct);
        var view = queue is null ? result.Value! : (await GetAsync(actor, conversationId, ct)).Value ?? result.Value!;
        await PublishAsync(view, ct);
        return OperationResult<ConversationView>.Ok(view);
    }

    /// <summary>A private note in the transcript: for colleagues, never sent to the citizen.</summary>
    public async Task<OperationResult<ConversationView>> AddPrivateNoteAsync(Actor actor, string conversationId, string? text, CancellationToken ct = default)
    {
        var body = text?.Trim() ?? string.Empty;
        if (body.Length == 0) return Refused("Catatan kosong.", "emptyText");
        if (body.Length > MaxTextLength) return Refused($"Catatan lebih dari {MaxTextLength} karakter.", "textTooLong");
        var found = await GetAsync(actor, conversationId, ct);
        if (!found.Succeeded) return found;

        var now = clock.GetUtcNow();
        await store.AppendTranscriptAsync(conversationId, new TranscriptEntry(Speaker.System, body, now, NoteIdPrefix + Guid.NewGuid().ToString("N")) { Author = actor.UserName }, ct);
        await audit.RecordAsync(actor, AuditActions.ConversationNote, conversationId: conversationId, cancellationToken: ct);
        var view = (await GetAsync(actor, conversationId, ct)).Value!;
        await PublishAsync(view, ct);
        return OperationResult<ConversationView>.Ok(view);
    }

    /// <summary>The conversation's cases, newest first (the citizen's number is the conversation's id).</summary>
    public async Task<IReadOnlyList<ServiceCase>> CasesOfAsync(string conversationId, CancellationToken ct)
    {
        var summaries = await cases.ListForRequesterAsync(conversationId, ct);
        var found = new List<ServiceCase>(summaries.Count);
        foreach (var summary in summaries)
        {
            if (await cases.GetAsync(summary.Code, ct) is { } full) found.Add(full);
        }

        return found;
    }

    /// <summary>True for an id that can be a conversation's: a phone number in E.164.</summary>
    public static bool IsConversationId(string? id) => PhoneNumber.TryParse(id, out var phone) && phone.E164 == id;

    private async Task<bool> CanSeeAsync(Actor actor, ConversationState state, IReadOnlyList<ServiceCase> related, CancellationToken ct)
    {
        if (actor.IsSupervisor || state.Operator == actor.UserName) return true;
        var queue = related.FirstOrDefault(c => CaseLifecycle.IsOpen(c.Status))?.Queue;
        return await access.CanSeeAsync(actor, queue, ct);
    }

    private Task<OperationResult<ConversationView>> ChangeAsync(Actor actor, string conversationId, Func<ConversationState, DateTimeOffset, Decision> decide, CancellationToken ct) =>
        ChangeAsync(actor, conversationId, false, decide, ct);

    /// <param name="assigned">Routing gave the actor an item of this conversation: they may see it whatever its queue.</param>
    private async Task<OperationResult<ConversationView>> ChangeAsync(
        Actor actor, string conversationId, bool assigned, Func<ConversationState, DateTimeOffset, Decision> decide, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsConversationId(conversationId)) return NotFound<ConversationView>();
        var related = await CasesOfAsync(conversationId, ct);
        (OperationResult<ConversationView>? Refusal, ConversationState State) changed;
        try
        {
            changed = await store.UpdateAsync(conversationId, null, async snapshot =>
            {
                var state = snapshot.State;
                if (state.ETag is null || (!assigned && !await CanSeeAsync(actor, state, related, ct)))
                    return new ConversationDecision<(OperationResult<ConversationView>?, ConversationState)>((NotFound<ConversationView>(), state));

                var decision = decide(state, clock.GetUtcNow());
                if (decision.Refusal is { } refusal) return new((refusal, state));
                var commit = !decision.Write ? null : new TurnCommit
                {
                    State = state,
                    Outgoing = decision.Lines.Select(l => l.Message).ToList(),
                    Transcript = decision.Lines.Select(l => l.Line).ToList(),
                };
                return new((null, state), commit);
            },
            attempt => logger.LogInformation("Conversation {Conversation} changed meanwhile; deciding again (attempt {Attempt})", Masking.Phone(conversationId), attempt),
            ct);
        }
        catch (ETagMismatchException)
        {
            return OperationResult<ConversationView>.Fail(OperationOutcome.Conflict, "Percakapan terus berubah; coba lagi.", "changedMeanwhile");
        }

        if (changed.Refusal is { } refused) return refused;
        var transcript = await store.GetTranscriptAsync(conversationId, TranscriptLines, ct);
        return OperationResult<ConversationView>.Ok(await ViewAsync(changed.State, transcript, related, ct));
    }

    private static Decision? HolderRefusal(Actor actor, ConversationState state) =>
        state.Mode == ConversationMode.WithOperator && state.Operator == actor.UserName
            ? null
            : Decision.Refuse(OperationOutcome.Conflict,
                state.Operator is { } holder && state.Mode == ConversationMode.WithOperator
                    ? $"Percakapan ini dipegang petugas {holder}."
                    : "Ambil alih percakapan dulu.",
                "notHolder");

    private async Task MoveOpenCaseAsync(string conversationId, string queue, CancellationToken ct)
    {
        foreach (var open in (await CasesOfAsync(conversationId, ct)).Where(c => CaseLifecycle.IsOpen(c.Status) && c.Queue != queue))
        {
            var outcome = await cases.UpdateAsync(open with { Queue = queue }, open.Status, ct);
            if (outcome != CaseUpdateOutcome.Updated)
                logger.LogInformation("Case {Code} not moved to queue {Queue}: {Outcome}", open.Code, queue, outcome);
            else
                await events.PublishAsync(ConsoleEventTypes.Case, conversationId, open.Code.ToString(), queue, detail: open.Status.ToString(), cancellationToken: ct);
        }
    }

    private string? Default(string variable, ConversationState state, IReadOnlyList<ServiceCase> related) => variable.ToLowerInvariant() switch
    {
        "name" => related.FirstOrDefault()?.FullName is { Length: > 0 } name ? name : state.ProfileName,
        "code" => related.FirstOrDefault()?.Code.ToString(),
        "trackingnumber" => related.FirstOrDefault()?.TrackingNumber,
        "office" => catalog.Offices.Count > 0 ? catalog.Offices[0].Name : null,
        _ => null,
    };

    /// <summary>WhatsApp refuses new lines, tabs and long runs of spaces in a template variable.</summary>
    private static string TemplateValue(string value)
    {
        var flat = string.Join(' ', value.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length > MaxTemplateValueLength ? flat[..MaxTemplateValueLength] : flat;
    }

    private static (OutboundMessage Message, TranscriptEntry Line) BotMessage(ConversationState state, string text, DateTimeOffset now)
    {
        var message = OutboundMessage.FromBot(state.ConversationId, text, now);
        return (message, new TranscriptEntry(Speaker.Bot, text, now, message.Id));
    }

    private async Task<ConversationView> ViewAsync(ConversationState state, IReadOnlyList<TranscriptEntry> transcript, IReadOnlyList<ServiceCase> related, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var lines = await Task.WhenAll(transcript.Select(entry => LineAsync(entry, ct)));
        return new ConversationView(
            state.ConversationId,
            Masking.Phone(state.ConversationId),
            state.ProfileName,
            state.Language,
            state.Mode.ToString(),
            state.Operator,
            state.InsideWindow(now),
            state.LastInboundAt?.AddHours(24),
            state.QueuedAt,
            state.SuspendedDialogState is not null,
            lines,
            related.Select(CaseViews.ListItem).ToList());
    }

    private async Task<TranscriptLine> LineAsync(TranscriptEntry entry, CancellationToken ct)
    {
        var note = entry.MessageId.StartsWith(NoteIdPrefix, StringComparison.Ordinal);
        var outbound = entry.Speaker is Speaker.Bot or Speaker.Operator;
        var kind = note ? "note"
            : outbound && entry.Text.StartsWith("[template ", StringComparison.Ordinal) ? "template"
            : entry.Speaker == Speaker.System ? "system"
            : "message";
        var delivery = outbound ? await deliveries.GetAsync(entry.MessageId, ct) : null;
        return new TranscriptLine(
            entry.MessageId,
            entry.Speaker.ToString(),
            kind,
            entry.Text,
            entry.At,
            entry.Author,
            entry.Media.Select(m => MediaLink.Of(m.Url, m.ContentType, m.SizeBytes)).ToList(),
            outbound ? (delivery?.Status ?? DeliveryStatus.Pending).ToString() : null,
            delivery?.ErrorCode);
    }

    private async Task PublishAsync(ConversationView view, CancellationToken ct) =>
        await events.PublishAsync(ConsoleEventTypes.Conversation, view.Id,
            view.Cases.FirstOrDefault(c => CaseLifecycle.IsOpen(Enum.Parse<CaseStatus>(c.Status)))?.Code,
            view.Cases.FirstOrDefault()?.Queue, view.Operator, view.Mode, ct);

    private static OperationResult<T> NotFound<T>() => OperationResult<T>.Fail(OperationOutcome.NotFound, "Percakapan tidak ditemukan.", "notFound");

    private static OperationResult<ConversationView> Refused(string reason, string code) => OperationResult<ConversationView>.Fail(OperationOutcome.Refused, reason, code);

    /// <summary>What a change decided: nothing to write, a refusal, or a commit with messages and their transcript lines.</summary>
    private sealed record Decision(bool Write, OperationResult<ConversationView>? Refusal, IReadOnlyList<(OutboundMessage Message, TranscriptEntry Line)> Lines)
    {
        public static Decision Nothing { get; } = new(false, null, []);

        public static Decision Commit(params (OutboundMessage Message, TranscriptEntry Line)[] lines) => new(true, null, lines);

        public static Decision Refuse(OperationOutcome outcome, string reason, string code) =>
            new(false, OperationResult<ConversationView>.Fail(outcome, reason, code), []);
    }
}
