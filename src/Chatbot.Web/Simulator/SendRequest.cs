namespace Chatbot.Web.Simulator;

/// <summary>What the simulator page posts when a fake citizen sends a message.</summary>
public sealed record SendRequest(string? Phone, string? ProfileName, string? Text, string? MediaId);
