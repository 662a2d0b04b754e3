namespace Chatbot.Core.Routing;

/// <summary>A working period within one day, local office time; <see cref="End"/> is exclusive.</summary>
public readonly record struct WorkPeriod(TimeOnly Start, TimeOnly End);
