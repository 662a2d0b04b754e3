namespace Chatbot.Core.Messaging;

/// <summary>An approved WhatsApp template (Twilio Content SID) with its numbered variables ("1" → "Budi").</summary>
public sealed record TemplateContent(string ContentSid, IReadOnlyDictionary<string, string> Variables);
