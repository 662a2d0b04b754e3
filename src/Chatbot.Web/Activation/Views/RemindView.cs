namespace Chatbot.Web.Activation;

/// <summary>How many booked citizens were reminded.</summary>
public sealed record RemindView(int Notified);
