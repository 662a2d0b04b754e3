using Chatbot.Core.Accounts;

namespace Chatbot.Core.Ports;

/// <summary>The operator accounts. Names are normalised by the caller (<see cref="OperatorUserName.Normalize"/>).</summary>
public interface IOperatorAccounts
{
    /// <summary>Stores a new account; false (and nothing changed) when an account of that name exists.</summary>
    Task<bool> CreateAsync(OperatorAccount account, CancellationToken cancellationToken = default);

    Task<OperatorAccount?> FindAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>True when at least one account exists.</summary>
    Task<bool> AnyAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Atomically counts a failed sign-in; the <paramref name="maxFailures"/>-th in a row locks the account until
    /// <paramref name="now"/> + <paramref name="lockout"/> and starts the count again. Null when the account does not exist.
    /// </summary>
    Task<FailedLoginOutcome?> RecordFailedLoginAsync(
        string userName, int maxFailures, TimeSpan lockout, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>After a successful sign-in: no failures, no lock. False when the account does not exist.</summary>
    Task<bool> ResetFailedLoginsAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>Replaces the password hash (a new password, or the same one hashed with stronger settings).</summary>
    Task<bool> SetPasswordHashAsync(string userName, string passwordHash, CancellationToken cancellationToken = default);

    /// <summary>
    /// A new password: its hash, whether it must be changed at the next sign-in, and a new security stamp (which ends
    /// every session signed in with the old one); failed sign-ins and a lock are cleared. False when the account does not exist.
    /// </summary>
    Task<bool> ReplacePasswordAsync(
        string userName, string passwordHash, bool mustChangePassword, string securityStamp, CancellationToken cancellationToken = default);

    /// <summary>Allows or refuses the account's sign-in from now on.</summary>
    Task<bool> SetActiveAsync(string userName, bool active, CancellationToken cancellationToken = default);
}
