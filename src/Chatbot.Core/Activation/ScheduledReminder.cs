namespace Chatbot.Core.Activation;

/// <summary>A reminder to send at <see cref="DueAt"/>, stored together with its booking.</summary>
public sealed record ScheduledReminder(ReminderKind Kind, DateTimeOffset DueAt);
