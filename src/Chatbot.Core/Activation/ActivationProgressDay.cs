namespace Chatbot.Core.Activation;

/// <summary>Outcomes recorded on one day (office time) over every area; every day of the range is present.</summary>
public sealed record ActivationProgressDay(DateOnly Day, int Activated, int Failed, int NoShow);
