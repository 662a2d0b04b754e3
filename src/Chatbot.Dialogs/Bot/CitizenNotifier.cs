using System.Globalization;
using Chatbot.Core.Conversations;
using Chatbot.Core.Messaging;
using Chatbot.Core.Ports;
using Chatbot.Dialogs.Catalog;
using Microsoft.Extensions.Logging;

namespace Chatbot.Dialogs.Bot;

/// <summary>
/// A bot-initiated turn (a case was printed, a session is tomorrow), through the same atomic path as a citizen's turn:
/// load the conversation (one round trip), run the event through <see cref="CitizenBot"/>, commit state, replies and
/// transcript together, and run again on a fresh state when the conversation changed meanwhile (stale ETag). Outside
/// WhatsApp's 24-hour window the replies become the event's approved template (dialogs/templates.json) and are held by
/// <see cref="WindowGate"/> until the citizen answers it.
/// </summary>
public sealed class CitizenNotifier(
    IConversationStore store,
    CitizenBot bot,
    TurnContextFactory turns,
    DialogCatalog catalog,
    TimeProvider clock,
    ILogger<CitizenNotifier> logger)
{
    public Task<CitizenNotice> NotifyAsync(CitizenEvent citizenEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(citizenEvent);
        if (!catalog.Templates.TryGetValue(citizenEvent.Name, out var template)) throw new ArgumentException($"Unknown event '{citizenEvent.Name}'.", nameof(citizenEvent));
        return store.UpdateAsync(citizenEvent.Phone, null, async snapshot =>
        {
            var (commit, notice) = await RunAsync(snapshot.State, citizenEvent, template, cancellationToken);
            return new ConversationDecision<CitizenNotice>(notice, commit);
        },
        attempt => logger.LogInformation("A conversation changed while telling it '{Event}'; running the event again (attempt {Attempt}).", citizenEvent.Name, attempt),
        cancellationToken);
    }

    private async Task<(TurnCommit? Commit, CitizenNotice Notice)> RunAsync(ConversationState state, CitizenEvent citizenEvent, MessageTemplate template, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var turn = turns.CreateEvent(citizenEvent, state, now);
        await bot.OnTurnAsync(turn, ct);
        var texts = turn.Responses.Select(r => r.Text).Where(t => !string.IsNullOrEmpty(t)).ToList();
        if (texts.Count == 0) return (null, new CitizenNotice(citizenEvent.Name, false, 0));

        state.LastActivityAt = now;
        List<OutboundMessage> outgoing;
        List<TranscriptEntry> transcript;
        var inside = state.InsideWindow(now);
        if (inside)
        {
            outgoing = texts.Select(t => OutboundMessage.FromBot(state.ConversationId, t, now)).ToList();
            transcript = outgoing.Select(o => new TranscriptEntry(Speaker.Bot, o.Text!, now, o.Id)).ToList();
        }
        else
        {
            var content = new TemplateContent(template.ContentSid, Variables(template, citizenEvent, state));
            var message = new OutboundMessage
            {
                Id = Guid.NewGuid().ToString("N"),
                ConversationId = state.ConversationId,
                Template = content,
                Origin = MessageOrigin.Bot,
                CreatedAt = now,
            };
            outgoing = [message];
            transcript = [new TranscriptEntry(Speaker.Bot, Describe(citizenEvent.Name, content), now, message.Id)];
            WindowGate.Hold(state, texts);
        }

        var commit = new TurnCommit { State = state, Outgoing = outgoing, Transcript = transcript };
        return (commit, new CitizenNotice(citizenEvent.Name, !inside, outgoing.Count));
    }

    /// <summary>
    /// The template's numbered variables ("1" → "Budi Santoso", "2" → "ABC-234") in the order the file lists them. A
    /// missing name is the WhatsApp profile name.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Variables(MessageTemplate template, CitizenEvent citizenEvent, ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(citizenEvent);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < template.Variables.Count; i++)
        {
            var value = citizenEvent.Values.GetValueOrDefault(template.Variables[i]);
            if (template.Variables[i] == TemplateEvents.Name && string.IsNullOrWhiteSpace(value)) value = state?.ProfileName;
            // WhatsApp refuses an empty variable: a dash keeps the template sendable.
            variables[(i + 1).ToString(CultureInfo.InvariantCulture)] = string.IsNullOrWhiteSpace(value) ? "-" : value;
        }

        return variables;
    }

    /// <summary>How the template reads in the transcript for the operator: which one, and with what.</summary>
    public static string Describe(string eventName, TemplateContent content) =>
        $"[template {eventName}] " + string.Join(" · ", content.Variables.OrderBy(v => int.Parse(v.Key, CultureInfo.InvariantCulture)).Select(v => v.Value));
}
