namespace Chatbot.Core.Messaging;

/// <summary>A delivery report from the provider for one message it accepted.</summary>
public sealed record StatusUpdate(string ProviderMessageId, DeliveryStatus Status, DateTimeOffset At, string? ErrorCode = null, string? ErrorMessage = null);
