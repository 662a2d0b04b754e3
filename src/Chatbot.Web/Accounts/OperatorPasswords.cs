using System.Security.Cryptography;
using Chatbot.Core.Accounts;
using Chatbot.Core.Ports;
using Microsoft.AspNetCore.Identity;

namespace Chatbot.Web.Accounts;

/// <summary>
/// Changing one's own password (the current one checked by the sign-in's rules: a wrong one counts as a failed
/// sign-in, a locked account is refused) and an admin's reset to a new one-time password. Either gives the account a
/// new security stamp, which ends every session signed in before. Passwords are never logged or stored in clear.
/// </summary>
public sealed class OperatorPasswords(
    IOperatorAccounts accounts, IPasswordHasher<OperatorAccount> hasher, OperatorLogin login, ILogger<OperatorPasswords> logger)
{
    public const int MinLength = 12;

    /// <summary>Longer is refused (hashing a megabyte on every attempt would only help an attacker).</summary>
    public const int MaxLength = 256;

    public const string CurrentPasswordField = "currentPassword";
    public const string NewPasswordField = "newPassword";

    /// <summary>The rule for a new password, as shown to the person choosing one.</summary>
    public const string Rule =
        "Kata sandi baru minimal 12 karakter, tidak sama dengan nama pengguna, dan tidak sama dengan kata sandi saat ini.";

    public const string WrongPasswordMessage =
        "Kata sandi saat ini salah. Setelah 5 kali gagal berturut-turut, akun dikunci selama 15 menit.";

    public const string LockedMessage = "Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi setelah 15 menit.";

    /// <summary>A new random security stamp (a session signed in with another one ends).</summary>
    public static string NewSecurityStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>What is wrong with <paramref name="newPassword"/> by <see cref="Rule"/>; null when it may be used.</summary>
    public static string? RuleViolation(string userName, string? currentPassword, string? newPassword)
    {
        ArgumentNullException.ThrowIfNull(userName);
        if (string.IsNullOrEmpty(newPassword) || newPassword.Length < MinLength) return $"Terlalu pendek. {Rule}";
        if (newPassword.Length > MaxLength) return $"Paling banyak {MaxLength} karakter.";
        if (string.Equals(newPassword.Trim(), userName, StringComparison.OrdinalIgnoreCase)) return $"Sama dengan nama pengguna. {Rule}";
        if (newPassword == currentPassword) return $"Sama dengan kata sandi saat ini. {Rule}";
        return null;
    }

    /// <summary>
    /// Changes the password of <paramref name="userName"/> (a signed-in, active account): the rule first (nothing counted
    /// when it fails), then the current password. On success the password no longer has to be changed, failures and a
    /// lock are cleared, and <see cref="PasswordChangeResult.Account"/> carries the new security stamp.
    /// </summary>
    public async Task<PasswordChangeResult> ChangeAsync(string userName, string? currentPassword, string? newPassword, CancellationToken cancellationToken = default)
    {
        var account = await accounts.FindAsync(userName, cancellationToken);
        if (account is null || !account.Active) return new PasswordChangeResult(PasswordChangeStatus.NoAccount);
        if (RuleViolation(account.UserName, currentPassword, newPassword) is { } violation)
            return PasswordChangeResult.Invalid(NewPasswordField, violation);
        if (string.IsNullOrEmpty(currentPassword))
            return PasswordChangeResult.Invalid(CurrentPasswordField, "Isi kata sandi saat ini.");

        var (status, _) = await login.CheckPasswordAsync(account, currentPassword, cancellationToken);
        if (status == OperatorLoginStatus.LockedOut) return new PasswordChangeResult(PasswordChangeStatus.LockedOut);
        if (status != OperatorLoginStatus.Succeeded) return new PasswordChangeResult(PasswordChangeStatus.WrongPassword, Field: CurrentPasswordField, Message: WrongPasswordMessage);

        var changed = await StoreAsync(account, newPassword!, mustChange: false, cancellationToken);
        if (changed is null) return new PasswordChangeResult(PasswordChangeStatus.NoAccount);
        logger.LogInformation("Operator {UserName} changed their password", account.UserName);
        return new PasswordChangeResult(PasswordChangeStatus.Changed, changed);
    }

    /// <summary>
    /// Gives the account a new one-time password (returned, to show once), to be changed at the next sign-in; ends its
    /// sessions and clears a lock. Null when there is no such account.
    /// </summary>
    public async Task<string?> ResetAsync(string userName, CancellationToken cancellationToken = default)
    {
        var account = await accounts.FindAsync(userName, cancellationToken);
        if (account is null) return null;
        var password = OneTimePassword.Generate();
        if (await StoreAsync(account, password, mustChange: true, cancellationToken) is null) return null;
        logger.LogInformation("The password of operator {UserName} was reset", account.UserName);
        return password;
    }

    private async Task<OperatorAccount?> StoreAsync(OperatorAccount account, string password, bool mustChange, CancellationToken cancellationToken)
    {
        var changed = account with
        {
            PasswordHash = hasher.HashPassword(account, password),
            MustChangePassword = mustChange,
            SecurityStamp = NewSecurityStamp(),
            FailedLogins = 0,
            LockedUntil = null,
        };
        return await accounts.ReplacePasswordAsync(changed.UserName, changed.PasswordHash, mustChange, changed.SecurityStamp, cancellationToken)
            ? changed
            : null;
    }
}

public enum PasswordChangeStatus
{
    Changed,

    /// <summary>The new password breaks <see cref="OperatorPasswords.Rule"/>, or a field is empty: nothing counted.</summary>
    Invalid,

    /// <summary>The current password is wrong (counted as a failed sign-in).</summary>
    WrongPassword,

    /// <summary>Locked after too many failures (now or before): refused even with the right password.</summary>
    LockedOut,

    /// <summary>The account is gone or inactive (its session ends on the next request).</summary>
    NoAccount,
}

/// <summary>The outcome; <see cref="Account"/> (with its new security stamp) when changed, else the field at fault and why.</summary>
public sealed record PasswordChangeResult(PasswordChangeStatus Status, OperatorAccount? Account = null, string? Field = null, string? Message = null)
{
    public static PasswordChangeResult Invalid(string field, string message) => new(PasswordChangeStatus.Invalid, Field: field, Message: message);
}
