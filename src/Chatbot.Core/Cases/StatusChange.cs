namespace Chatbot.Core.Cases;

/// <summary>One step of a case's history: who moved it where, when, and why.</summary>
public sealed record StatusChange(CaseStatus Status, DateTimeOffset At, string By, string? Note = null);
