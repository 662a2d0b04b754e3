using Chatbot.Twilio.Simulation;

namespace Chatbot.Web.Simulator;

/// <summary>A message accepted by the fake Messages API whose delivery reports are still to be played.</summary>
public sealed record StatusCallbackJob(string MessageSid, SimulatedMessageRequest Request);
