namespace Chatbot.Dialogs.Catalog;

/// <summary>When an operator is expected to reach a case: in minutes or hours today, on the next working day, or in N working days.</summary>
public sealed record WaitEstimate(WaitUnit Unit, int Amount);

public enum WaitUnit
{
    Minutes,
    Hours,
    NextWorkingDay,
    WorkingDays,
}
