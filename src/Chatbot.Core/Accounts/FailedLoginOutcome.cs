namespace Chatbot.Core.Accounts;

/// <summary>After a failed sign-in was counted: the failures in a row now, and the lock's end when it locked the account.</summary>
public sealed record FailedLoginOutcome(int FailedLogins, DateTimeOffset? LockedUntil);
