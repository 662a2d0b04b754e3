namespace Chatbot.Web.Activation;

/// <summary>What the officer at the session finds by booking code or NIK.</summary>
public sealed record CheckInView(BookingView Booking, SessionView? Session);
