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

        var now = time.GetUtcNow();
        if (account.IsLockedAt(now))
        {
            hasher.VerifyHashedPassword(Nobody, Nobody.PasswordHash, password);
            logger.LogWarning("Operator sign-in refused: {UserName} is locked until {LockedUntil:O}", account.UserName, account.LockedUntil);
            return new OperatorLoginResult(OperatorLoginStatus.LockedOut);
        }

        var verdict = Verify(account, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var outcome = await accounts.RecordFailedLoginAsync(
                account.UserName, LoginLockout.MaxFailedLogins, LoginLockout.Duration, now, cancellationToken);
            if (outcome?.LockedUntil is { } lockedUntil)
            {
                logger.LogWarning("Operator {UserName} locked until {LockedUntil:O} after {Failures} failed sign-ins", account.UserName, lockedUntil, outcome.FailedLogins);
                return new OperatorLoginResult(OperatorLoginStatus.LockedOut);
            }

            logger.LogInformation("Operator sign-in refused: wrong password for {UserName} ({Failures} in a row)", account.UserName, outcome?.FailedLogins);
            return new OperatorLoginResult(OperatorLoginStatus.Failed);
        }

        if (!account.Active)
        {
            logger.LogWarning("Operator sign-in refused: {UserName} is inactive", account.UserName);
            return new OperatorLoginResult(OperatorLoginStatus.Inactive);
        }

        if (account.FailedLogins > 0 || account.LockedUntil is not null)
            await accounts.ResetFailedLoginsAsync(account.UserName, cancellationToken);
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            await accounts.SetPasswordHashAsync(account.UserName, hasher.HashPassword(account, password), cancellationToken);

        logger.LogInformation("Operator {UserName} signed in", account.UserName);
        return new OperatorLoginResult(OperatorLoginStatus.Succeeded, account);
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
