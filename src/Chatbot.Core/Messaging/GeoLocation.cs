namespace Chatbot.Core.Messaging;

/// <summary>A shared WhatsApp location, with the place's name and address when the citizen picked one.</summary>
public sealed record GeoLocation(double Latitude, double Longitude, string? Address = null, string? Label = null);
