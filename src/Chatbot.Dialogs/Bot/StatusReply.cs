using System.Globalization;
using Chatbot.Core.Ports;
using Chatbot.Dialogs.Bot.Activation;
using Chatbot.Dialogs.Catalog;
using Chatbot.Dialogs.Catalog.Texts;

namespace Chatbot.Dialogs.Bot;

/// <summary>
/// "status": the citizen's active IKD activation booking (when, where, its code), then their cases from this number,
/// newest first, with their place in the queue while waiting.
/// </summary>
public sealed class StatusReply(DialogCatalog catalog, ICaseStore cases, IActivationBookings bookings, IActivationSessions sessions, ActivationWording wording)
{
    public async Task SendAsync(ITurnContext turn, CancellationToken ct)
    {
        var language = turn.Conversation.Language;
        var list = await cases.ListForRequesterAsync(turn.Conversation.ConversationId, ct);
        var lines = new List<string>();
        foreach (var booking in (await bookings.ListForPhoneAsync(turn.Conversation.ConversationId, ct)).Where(b => b.IsActive))
        {
            if (await sessions.GetAsync(booking.SessionId, ct) is { } session) lines.Add(wording.Say(language, ActivationTextKeys.StatusLine, booking, session));
        }

        if (list.Count == 0 && lines.Count == 0)
        {
            await turn.SendActivityAsync(catalog.Text(language, TextKeys.StatusNone), ct);
            return;
        }

        lines.AddRange(list.Take(10).Select(c => catalog.Text(language, TextKeys.StatusLine, new Dictionary<string, string>
        {
            ["code"] = c.Code.ToString(),
            ["service"] = catalog.Text(language, catalog.Service(c.Service)?.Title ?? c.Service),
            ["status"] = StatusText(language, c),
            ["date"] = TimeZoneInfo.ConvertTime(c.UpdatedAt, catalog.Calendar.Zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
            ["position"] = c.QueuePosition is { } p
                ? catalog.Text(language, TextKeys.StatusPosition, new Dictionary<string, string> { ["position"] = p.ToString(CultureInfo.InvariantCulture) })
                : string.Empty,
        })));
        await turn.SendActivityAsync(catalog.Text(language, TextKeys.StatusHeader) + "\n\n" + string.Join("\n\n", lines), ct);
    }

    /// <summary>The status's name; a printed card already going by Pos is not "please choose"; a shipped one shows its tracking number.</summary>
    private string StatusText(string language, Core.Cases.CaseSummary c) => c switch
    {
        { Status: Core.Cases.CaseStatus.Dicetak, Delivery: Core.Cases.CaseFields.ByPos } => catalog.Text(language, TextKeys.StatusPrintedForPos),
        { Status: Core.Cases.CaseStatus.DikirimPos, TrackingNumber: { } tracking } =>
            catalog.Text(language, TextKeys.StatusName(c.Status)) + catalog.Text(language, TextKeys.StatusTracking, new Dictionary<string, string> { ["trackingNumber"] = tracking }),
        _ => catalog.Text(language, TextKeys.StatusName(c.Status)),
    };
}
