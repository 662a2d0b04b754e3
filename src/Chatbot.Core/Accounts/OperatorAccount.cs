namespace Chatbot.Core.Accounts;

/// <summary>
/// A person who signs in to the operator console. The password is kept only as a salted hash; failed sign-ins are
/// counted and lock the account for a while (<see cref="LoginLockout"/>).
/// </summary>
public sealed record OperatorAccount
{
    /// <summary>The sign-in name, normalised (<see cref="OperatorUserName.Normalize"/>): the account's identity.</summary>
    public required string UserName { get; init; }

    /// <summary>The name shown to colleagues (free text; always encoded when shown).</summary>
    public required string DisplayName { get; init; }

    public required OperatorRole Role { get; init; }

    /// <summary>The institution (<c>Institution.Id</c>) a <see cref="OperatorRole.Coordinator"/> acts for; null for the office's own staff.</summary>
    public string? Institution { get; init; }

    public required string PasswordHash { get; init; }

    /// <summary>An inactive account cannot sign in (kept for the history of the cases it handled).</summary>
    public bool Active { get; init; } = true;

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Failed sign-ins since the last success or lockout.</summary>
    public int FailedLogins { get; init; }

    /// <summary>While in the future, sign-in is refused even with the right password.</summary>
    public DateTimeOffset? LockedUntil { get; init; }

    /// <summary>
    /// The password was handed out (a new account's, or one an admin reset): the console asks for a new one before
    /// anything else. False on accounts stored before this existed.
    /// </summary>
    public bool MustChangePassword { get; init; }

    /// <summary>
    /// Changes whenever the password does: a session carries the stamp it signed in with and ends when it no longer
    /// matches. Null on accounts stored before this existed (their sessions carry none).
    /// </summary>
    public string? SecurityStamp { get; init; }

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;
}
