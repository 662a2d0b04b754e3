namespace Chatbot.Web.Activation;

/// <summary>Settings of the "Activation" section: the IKD reminder worker.</summary>
public sealed class ActivationOptions
{
    public const string SectionName = "Activation";

    /// <summary>Runs the reminder worker in this instance (every instance may: a due reminder is claimed by one).</summary>
    public bool RemindersEnabled { get; set; } = true;

    /// <summary>How often the worker sends the reminders that are due.</summary>
    public int ReminderIntervalSeconds { get; set; } = 30;

    public TimeSpan ReminderInterval => TimeSpan.FromSeconds(ReminderIntervalSeconds);
}
