namespace Chatbot.Core.Cases;

/// <summary>One step of a case's history: who moved it where, when, and why.</summary>
public sealed record StatusChange(CaseStatus Status, DateTimeOffset At, string By, string? Note = null)
{
    /// <summary><see cref="By"/> for a change the bot made on its own (a new case).</summary>
    public const string ByBot = "bot";

    /// <summary><see cref="By"/> for a change the citizen made through the bot (chose pickup at the office).</summary>
    public const string ByCitizen = "warga";
}
