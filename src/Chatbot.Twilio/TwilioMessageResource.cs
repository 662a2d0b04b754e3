using Chatbot.Core.Messaging;

namespace Chatbot.Twilio;

/// <summary>The part of Twilio's Message resource the product uses: its SID and status.</summary>
public sealed record TwilioMessageResource(string Sid, DeliveryStatus Status);
