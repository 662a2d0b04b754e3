namespace Chatbot.Testing;

/// <summary>How the <see cref="TwilioSink"/> answers a "create a Message" (or list) request right now.</summary>
public enum SinkMode
{
    /// <summary>201 with a Message resource (status "queued"): the message is delivered.</summary>
    Accept,

    /// <summary>500 with a Twilio error body.</summary>
    ServerError,

    /// <summary>429 (Twilio's 20429 "Too Many Requests") with Retry-After: 1.</summary>
    TooManyRequests,

    /// <summary>Never answers; the request ends when the caller gives up.</summary>
    Hang,
}
