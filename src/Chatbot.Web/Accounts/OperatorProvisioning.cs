using Chatbot.Core.Accounts;
using Chatbot.Core.Ports;
using Microsoft.AspNetCore.Identity;

namespace Chatbot.Web.Accounts;

/// <summary>
/// Creates operator accounts with a one-time password; only its hash is stored, and the account must choose its own
/// password at the first sign-in (<see cref="OperatorAccount.MustChangePassword"/>).
/// </summary>
public sealed class OperatorProvisioning(IOperatorAccounts accounts, IPasswordHasher<OperatorAccount> hasher, TimeProvider time)
{
    /// <summary>The new account's password (to show once), or null when an account of that name exists.</summary>
    /// <exception cref="ArgumentException">
    /// The name cannot be an account's name (<see cref="OperatorUserName"/>), or a coordinator has no institution (an
    /// <c>Institution.Id</c>; only a coordinator has one).
    /// </exception>
    public Task<string?> CreateAsync(string userName, OperatorRole role, string? displayName = null, CancellationToken cancellationToken = default) =>
        CreateAsync(userName, role, displayName, institution: null, cancellationToken);

    /// <inheritdoc cref="CreateAsync(string, OperatorRole, string?, CancellationToken)"/>
    public async Task<string?> CreateAsync(
        string userName, OperatorRole role, string? displayName, string? institution, CancellationToken cancellationToken = default)
    {
        var name = OperatorUserName.TryNormalize(userName)
            ?? throw new ArgumentException($"A user name has 1 to {OperatorUserName.MaxLength} characters and no spaces.", nameof(userName));
        if ((role == OperatorRole.Coordinator) != !string.IsNullOrEmpty(institution))
            throw new ArgumentException("A coordinator's account needs its institution; the office's staff have none.", nameof(institution));
        var password = OneTimePassword.Generate();
        var account = new OperatorAccount
        {
            UserName = name,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim(),
            Role = role,
            Institution = role == OperatorRole.Coordinator ? institution : null,
            PasswordHash = string.Empty,
            CreatedAt = time.GetUtcNow(),
            MustChangePassword = true,
            SecurityStamp = OperatorPasswords.NewSecurityStamp(),
        };
        account = account with { PasswordHash = hasher.HashPassword(account, password) };
        return await accounts.CreateAsync(account, cancellationToken) ? password : null;
    }
}
