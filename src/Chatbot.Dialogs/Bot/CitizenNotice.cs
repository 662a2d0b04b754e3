namespace Chatbot.Dialogs.Bot;

/// <summary>
/// How the citizen was told about a case event: as free text inside WhatsApp's 24-hour window, or as the event's
/// approved template outside it (the full text then follows as soon as the citizen answers).
/// </summary>
public sealed record CitizenNotice(string Event, bool AsTemplate, int Messages);
