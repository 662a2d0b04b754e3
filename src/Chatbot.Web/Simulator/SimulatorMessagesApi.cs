using Chatbot.Core.Identity;

namespace Chatbot.Web.Simulator;

/// <summary>GET /simulator/api/messages?phone=…&amp;after=…: what changed since the page's last poll (both directions, with delivery status).</summary>
public static class SimulatorMessagesApi
{
    public static IResult Changes(string? phone, long? after, SimulatorTimeline timeline)
    {
        string? e164 = null;
        if (!string.IsNullOrWhiteSpace(phone))
        {
            if (!PhoneNumber.TryParse(phone, out var parsed)) return Results.BadRequest(new { error = "Nomor tidak valid." });
            e164 = parsed.E164;
        }

        var (messages, version) = timeline.Since(after ?? 0, e164);
        return Results.Ok(new { version, messages });
    }
}
