using Chatbot.Core.Activation;
using Chatbot.Core.Ports;
using Chatbot.Dialogs.Bot.Activation;
using Microsoft.Extensions.Logging;

namespace Chatbot.Desk.Activation;

/// <summary>
/// Officers record who came; whoever held a seat and never came is a no-show. Once a session's day is over (office
/// time), every booking still waiting is recorded as NoShow by "system", counted on the session's day. Without this
/// the no-show rate would count only the no-shows someone bothered to click, and a citizen who missed a session could
/// not book another (one active booking per NIK). An officer can still correct it to Activated afterwards.
/// </summary>
public sealed class UnattendedBookings(IActivationSessions sessions, IActivationBookings bookings, ActivationWording wording, TimeProvider clock, ILogger<UnattendedBookings> logger)
{
    public const string RecordedBy = "system";

    /// <summary>How far back sessions are looked at: enough to catch up after any outage worth the name.</summary>
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(14);

    /// <summary>Records the no-shows of every session whose day is over; returns how many were recorded.</summary>
    public async Task<int> RecordAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var today = wording.LocalDate(now);
        var recorded = 0;
        foreach (var session in await sessions.ListAsync(now - LookBack, now, ct))
        {
            var day = wording.LocalDate(session.StartsAt);
            if (session.Status != SessionStatus.Open || day >= today) continue;
            foreach (var booking in (await bookings.ListForSessionAsync(session.Id, ct)).Where(b => b.IsActive))
            {
                var checkIn = new CheckIn(BookingStatus.NoShow, null, null, RecordedBy, now, day) { OnlyIfUnrecorded = true };
                if ((await bookings.RecordOutcomeAsync(booking.Code, checkIn, ct)).Succeeded) recorded++;
            }
        }

        if (recorded > 0) logger.LogInformation("Recorded {Count} IKD bookings as no-shows: their sessions' days are over.", recorded);
        return recorded;
    }
}
