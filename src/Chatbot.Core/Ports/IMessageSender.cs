using Chatbot.Core.Messaging;

namespace Chatbot.Core.Ports;

/// <summary>Hands one message to the provider (Twilio's Messages API). Never throws for the provider's answers: they are in the result.</summary>
public interface IMessageSender
{
    Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Asks the provider which messages it already created that look like <paramref name="message"/> (same recipient,
    /// same content) since <paramref name="since"/>: the provider has no idempotency key, so this is how an attempt
    /// whose answer was lost (a crash between the provider's acceptance and our record) is recognised instead of being
    /// sent twice. Never throws for the provider's answers. A provider that cannot list what it created answers that
    /// there is none, so the message is sent again (at least once).
    /// </summary>
    Task<SentLookup> FindSentAsync(OutboundMessage message, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        Task.FromResult<SentLookup>(new SentLookup.Answered([]));
}

/// <summary>The provider's answer to "did you already create this message?".</summary>
public abstract record SentLookup
{
    /// <summary>The provider's ids of the messages that match, newest first; empty when none was created.</summary>
    public sealed record Answered(IReadOnlyList<string> ProviderMessageIds) : SentLookup;

    /// <summary>The provider could not be asked now (429, 5xx, timeout, connection failure) or refused the question.</summary>
    public sealed record Unavailable(string Reason, TimeSpan? RetryAfter = null) : SentLookup;
}
