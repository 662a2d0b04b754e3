namespace Chatbot.Core.Messaging;

/// <summary>A photo, PDF, audio… attached to a message; the URL is the provider's (fetching it may need credentials).</summary>
public sealed record MediaRef(string Url, string ContentType, long? SizeBytes = null);
