using Chatbot.Core.Activation;
using Chatbot.Dialogs.Catalog;

namespace Chatbot.Dialogs.Bot.Activation;

/// <summary>A booking event as a <see cref="CitizenEvent"/>: the booking and its session, and what the templates may show.</summary>
public static class BookingEvents
{
    public static CitizenEvent For(string eventName, ActivationBooking booking, ActivationSession session, ActivationWording wording)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(wording);
        var details = wording.Details(booking.Language, booking.Code, session);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [TemplateEvents.Name] = booking.FullName,
            [TemplateEvents.Code] = details["code"],
            [TemplateEvents.Date] = details["date"],
            [TemplateEvents.Time] = details["time"],
            [TemplateEvents.Place] = details["place"],
        };
        return new CitizenEvent(eventName, booking.Phone, booking.Language, new BookingNotice(booking, session), values);
    }
}
