namespace Chatbot.Core.Accounts;

/// <summary>The office's rule for failed sign-ins: after this many in a row the account is locked for a while.</summary>
public static class LoginLockout
{
    public const int MaxFailedLogins = 5;

    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(15);
}
