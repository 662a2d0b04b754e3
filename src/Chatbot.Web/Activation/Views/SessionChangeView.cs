namespace Chatbot.Web.Activation;

/// <summary>A session after an edit or a cancellation, and how many booked citizens were messaged about it.</summary>
public sealed record SessionChangeView(SessionView Session, int Notified);
