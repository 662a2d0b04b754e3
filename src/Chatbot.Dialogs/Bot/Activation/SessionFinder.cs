using Chatbot.Core.Activation;
using Chatbot.Core.Ports;
using Chatbot.Dialogs.Catalog;

namespace Chatbot.Dialogs.Bot.Activation;

/// <summary>
/// The sessions a citizen can book on WhatsApp: open, not reserved for an institution, with a seat left, starting
/// after now and within the booking horizon of dialogs/ikd.json. Seats change every moment, so this is a view for
/// the lists; the booking itself decides.
/// </summary>
public sealed class SessionFinder(DialogCatalog catalog, IActivationSessions sessions)
{
    public const int MaxAlternatives = 6;

    public async Task<IReadOnlyList<ActivationSession>> BookableAsync(DateTimeOffset now, CancellationToken ct)
    {
        var lastDay = DateOnly.FromDateTime(catalog.Calendar.ToLocal(now)).AddDays(catalog.Activation.BookingDaysAhead + 1);
        var until = catalog.Calendar.FromLocal(lastDay, TimeOnly.MinValue);
        var found = await sessions.ListAsync(now, until, ct);
        return found.Where(s => s.Status == SessionStatus.Open && s.ReservedFor is null && s.SeatsLeft > 0 && s.StartsAt > now).ToList();
    }

    /// <summary>Other sessions to offer: those of <paramref name="areaId"/> first, then the others, each by start time.</summary>
    public static IReadOnlyList<ActivationSession> Alternatives(IEnumerable<ActivationSession> bookable, string? areaId, string? except) =>
        bookable.Where(s => s.Id != except)
            .OrderBy(s => s.AreaId == areaId ? 0 : 1)
            .ThenBy(s => s.StartsAt)
            .Take(MaxAlternatives)
            .ToList();
}
