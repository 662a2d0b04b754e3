namespace Chatbot.Core.Messaging;

/// <summary>What happened when a message was handed to the provider.</summary>
public abstract record SendResult
{
    /// <summary>The provider took the message; <paramref name="ProviderMessageId"/> identifies it in later status reports.</summary>
    public sealed record Accepted(string ProviderMessageId, DeliveryStatus Status) : SendResult;

    /// <summary>Try again later (429, 5xx, timeout, connection failure); <paramref name="RetryAfter"/> when the provider said.</summary>
    public sealed record Transient(string Reason, TimeSpan? RetryAfter = null) : SendResult;

    /// <summary>Will never succeed as it is (invalid number, outside the 24-hour window, bad request).</summary>
    public sealed record Permanent(string? ErrorCode, string Reason) : SendResult;
}
