namespace Chatbot.Core.Activation;

/// <summary>The two reminders of a booking. Stored by name.</summary>
public enum ReminderKind
{
    /// <summary>The day before the session (in the morning, office time).</summary>
    DayBefore,

    /// <summary>Two hours before the session starts.</summary>
    HoursBefore,
}
