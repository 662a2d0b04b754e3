namespace Chatbot.Twilio.Tests;

/// <summary>What a <see cref="LocalHttpSink"/> saw of one request.</summary>
internal sealed record SinkRequest(string Method, string PathAndQuery, string Authorization, string Range);
