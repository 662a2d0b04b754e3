using Chatbot.Core.Messaging;

namespace Chatbot.Twilio.Simulation;

/// <summary>What a fake citizen typed in the simulator: number (E.164), WhatsApp profile name, text and media.</summary>
public sealed record SimulatedCitizenMessage(string MessageSid, string Phone, string? ProfileName, string Text, IReadOnlyList<MediaRef> Media);
