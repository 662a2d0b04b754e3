using Chatbot.Core.Accounts;
using Chatbot.Core.Ports;
using Microsoft.AspNetCore.Identity;

namespace Chatbot.Web.Accounts;

/// <summary>
/// Checks an operator's name and password. Failures are counted in Redis and lock the account
/// (<see cref="LoginLockout"/>); an unknown name costs the same hashing time as a known one, so the answer's timing does
/// not tell which names exist. Passwords are never logged; a name is logged only when it is an account's (people
/// sometimes type their password into the name field).
/// </summary>
public sealed class OperatorLogin(
    IOperatorAccounts accounts, IPasswordHasher<OperatorAccount> hasher, TimeProvider time, ILogger<OperatorLogin> logger)
{
    private static readonly OperatorAccount Nobody = new()
    {
        UserName = "-",
        DisplayName = "-",
        Role = OperatorRole.Operator,
        PasswordHash = new PasswordHasher<OperatorAccount>().HashPassword(null!, OneTimePassword.Generate()),
        CreatedAt = DateTimeOffset.UnixEpoch,
        Active = false,
    };

    public async Task<OperatorLoginResult> LoginAsync(string? userName, string? password, CancellationToken cancellationToken = default)
    {
        password ??= string.Empty;
        var name = OperatorUserName.TryNormalize(userName);
        var account = name is null ? null : await accounts.FindAsync(name, cancellationToken);
        if (account is null)
        {
            hasher.VerifyHashedPassword(Nobody, Nobody.PasswordHash, password);
            logger.LogInformation("Operator sign-in refused: unknown user name");
            return new OperatorLoginResult(OperatorLoginStatus.Failed);
        }

        var (status, rehashNeeded) = await CheckPasswordAsync(account, password, cancellationToken);
        if (status != OperatorLoginStatus.Succeeded) return new OperatorLoginResult(status);

        if (!account.Active)
        {
            logger.LogWarning("Operator sign-in refused: {UserName} is inactive", account.UserName);
            return new OperatorLoginResult(OperatorLoginStatus.Inactive);
        }

        if (account.FailedLogins > 0 || account.LockedUntil is not null)
            await accounts.ResetFailedLoginsAsync(account.UserName, cancellationToken);
        if (rehashNeeded)
            await accounts.SetPasswordHashAsync(account.UserName, hasher.HashPassword(account, password), cancellationToken);

        logger.LogInformation("Operator {UserName} signed in", account.UserName);
        return new OperatorLoginResult(OperatorLoginStatus.Succeeded, account);
    }

    /// <summary>
    /// Checks the password of an existing account by the sign-in's rules: refused while locked (the same hashing time
    /// spent); a wrong one is counted and the <see cref="LoginLockout.MaxFailedLogins"/>-th in a row locks the account.
    /// Succeeded, Failed or LockedOut (never Inactive: the caller decides about that); success does not clear the count
    /// (the caller does, with whatever else it stores), and says whether the hash should be made again with today's settings.
    /// </summary>
    public async Task<(OperatorLoginStatus Status, bool RehashNeeded)> CheckPasswordAsync(OperatorAccount account, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(password);
        var now = time.GetUtcNow();
        if (account.IsLockedAt(now))
        {
            hasher.VerifyHashedPassword(Nobody, Nobody.PasswordHash, password);
            logger.LogWarning("Operator password refused: {UserName} is locked until {LockedUntil:O}", account.UserName, account.LockedUntil);
            return (OperatorLoginStatus.LockedOut, false);
        }

        var verdict = Verify(account, password);
        if (verdict != PasswordVerificationResult.Failed) return (OperatorLoginStatus.Succeeded, verdict == PasswordVerificationResult.SuccessRehashNeeded);
        var outcome = await accounts.RecordFailedLoginAsync(
            account.UserName, LoginLockout.MaxFailedLogins, LoginLockout.Duration, now, cancellationToken);
        if (outcome?.LockedUntil is { } lockedUntil)
        {
            logger.LogWarning("Operator {UserName} locked until {LockedUntil:O} after {Failures} wrong passwords", account.UserName, lockedUntil, outcome.FailedLogins);
            return (OperatorLoginStatus.LockedOut, false);
        }

        logger.LogInformation("Operator password refused: wrong password for {UserName} ({Failures} in a row)", account.UserName, outcome?.FailedLogins);
        return (OperatorLoginStatus.Failed, false);
    }

    private PasswordVerificationResult Verify(OperatorAccount account, string password)
    {
        try
        {
            return hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        }
        catch (FormatException)
        {
            logger.LogError("The stored password hash of operator {UserName} is unreadable", account.UserName);
            return PasswordVerificationResult.Failed;
        }
    }
}
