namespace Chatbot.Core.Activation;

/// <summary>A reminder whose time has come, claimed by one instance for a while (see <c>IActivationReminders</c>).</summary>
public sealed record DueReminder(BookingCode Code, ReminderKind Kind, DateTimeOffset DueAt);
