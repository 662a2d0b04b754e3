namespace Chatbot.Twilio;

/// <summary>Thrown by the throwing API (<see cref="TwilioMessagesClient.CreateMessageAsync"/>) when Twilio refuses.</summary>
public sealed class TwilioApiException(TwilioApiError error, TimeSpan? retryAfter = null)
    : Exception(error.ToString())
{
    public TwilioApiError Error { get; } = error;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>Worth retrying later (429, 5xx, and not a known permanent code).</summary>
    public bool IsTransient => TwilioErrorCodes.IsTransient(Error);
}
