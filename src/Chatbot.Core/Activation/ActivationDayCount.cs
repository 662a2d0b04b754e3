namespace Chatbot.Core.Activation;

/// <summary>Outcomes recorded in one area on one day (office time): what the progress chart is drawn from.</summary>
public sealed record ActivationDayCount(string AreaId, DateOnly Day, int Activated, int Failed, int NoShow);
