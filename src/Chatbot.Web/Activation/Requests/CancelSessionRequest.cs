namespace Chatbot.Web.Activation;

/// <summary>Why the session is called off (told to the booked citizens).</summary>
public sealed record CancelSessionRequest(string? Reason);
