using Chatbot.Core.Accounts;
using Chatbot.Core.Ports;
using Chatbot.Desk;
using Chatbot.Desk.Activation;
using Chatbot.Web.Accounts;
using Chatbot.Web.Activation;

namespace Chatbot.Web.Accounts;

/// <summary>
/// The admin's account management: list, create (with a one-time password; a coordinator with their institution, created
/// when new), reset a password (a new one-time password), deactivate; and everyone's change of their own password.
/// Audited (never a password).
/// </summary>
public sealed class AccountActions(
    IOperatorDirectory directory,
    IOperatorAccounts accounts,
    OperatorProvisioning provisioning,
    OperatorPasswords passwords,
    InstitutionResolver institutions,
    AuditTrail audit,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<AccountView>> ListAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        return (await directory.ListAsync(ct)).Select(a => View(a, now)).ToList();
    }

    /// <summary>The new account with its one-time password (shown once, stored only as a hash).</summary>
    public async Task<OperationResult<CreatedAccountView>> CreateAsync(
        Actor actor, string? userName, string? role, string? displayName, string? institution = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var name = OperatorUserName.TryNormalize(userName);
        if (name is null) return OperationResult<CreatedAccountView>.Fail(OperationOutcome.Refused, $"Nama pengguna 1 sampai {OperatorUserName.MaxLength} karakter, tanpa spasi.", "invalidUserName");
        if (!Enum.TryParse<OperatorRole>(role, ignoreCase: true, out var parsedRole) || !Enum.IsDefined(parsedRole) || int.TryParse(role, out _))
            return OperationResult<CreatedAccountView>.Fail(OperationOutcome.Refused, "Peran: Operator, Supervisor, Admin atau Coordinator.", "invalidRole");
        if (displayName is { Length: > 100 }) return OperationResult<CreatedAccountView>.Fail(OperationOutcome.Refused, "Nama tampilan paling banyak 100 karakter.", "invalidDisplayName");
        if (parsedRole != OperatorRole.Coordinator && !string.IsNullOrWhiteSpace(institution))
            return OperationResult<CreatedAccountView>.Fail(OperationOutcome.Refused, "Hanya akun koordinator yang memiliki instansi.", "institutionNotAllowed");

        var resolved = parsedRole == OperatorRole.Coordinator ? await institutions.ResolveAsync(institution, ct) : null;
        if (parsedRole == OperatorRole.Coordinator && resolved is null)
            return OperationResult<CreatedAccountView>.Fail(OperationOutcome.Refused, "Akun koordinator memerlukan instansi: id instansi atau nama instansi baru.", "institutionRequired");
        if (resolved is { Created: true } created)
            await audit.RecordAsync(actor, ActivationAuditActions.InstitutionCreated, detail: created.Institution.Id, cancellationToken: ct);

        var institutionId = resolved?.Institution.Id;
        var password = await provisioning.CreateAsync(name, parsedRole, displayName, institutionId, ct);
        if (password is null) return OperationResult<CreatedAccountView>.Fail(OperationOutcome.Conflict, $"Akun {name} sudah ada.", "exists");
        await audit.RecordAsync(actor, AuditActions.AccountCreated, detail: institutionId is null ? $"{name} ({parsedRole})" : $"{name} ({parsedRole}, {institutionId})", cancellationToken: ct);
        var account = await accounts.FindAsync(name, ct);
        return OperationResult<CreatedAccountView>.Ok(new CreatedAccountView(View(account!, clock.GetUtcNow()), password));
    }

    public async Task<OperationResult<AccountView>> DeactivateAsync(Actor actor, string? userName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var name = OperatorUserName.TryNormalize(userName);
        var account = name is null ? null : await accounts.FindAsync(name, ct);
        if (account is null) return OperationResult<AccountView>.Fail(OperationOutcome.NotFound, "Akun tidak ditemukan.", "notFound");
        if (account.UserName == actor.UserName) return OperationResult<AccountView>.Fail(OperationOutcome.Refused, "Akun sendiri tidak dapat dinonaktifkan.", "self");
        await accounts.SetActiveAsync(account.UserName, false, ct);
        await audit.RecordAsync(actor, AuditActions.AccountDeactivated, detail: account.UserName, cancellationToken: ct);
        return OperationResult<AccountView>.Ok(View(account with { Active = false }, clock.GetUtcNow()));
    }

    /// <summary>The signed-in account changes its own password (<see cref="OperatorPasswords.ChangeAsync"/>); audited when changed.</summary>
    public async Task<PasswordChangeResult> ChangeOwnPasswordAsync(Actor actor, string? currentPassword, string? newPassword, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var result = await passwords.ChangeAsync(actor.UserName, currentPassword, newPassword, ct);
        if (result.Status == PasswordChangeStatus.Changed)
            await audit.RecordAsync(actor, AuditActions.PasswordChanged, detail: actor.UserName, cancellationToken: ct);
        return result;
    }

    /// <summary>
    /// An admin gives another account a new one-time password (shown once): it must be changed at the next sign-in, the
    /// account's sessions end and a lock is lifted. One's own password is changed, not reset.
    /// </summary>
    public async Task<OperationResult<CreatedAccountView>> ResetPasswordAsync(Actor actor, string? userName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var name = OperatorUserName.TryNormalize(userName);
        var account = name is null ? null : await accounts.FindAsync(name, ct);
        if (account is null) return OperationResult<CreatedAccountView>.Fail(OperationOutcome.NotFound, "Akun tidak ditemukan.", "notFound");
        if (account.UserName == actor.UserName)
            return OperationResult<CreatedAccountView>.Fail(OperationOutcome.Refused, "Kata sandi akun sendiri diganti lewat Ganti kata sandi.", "self");
        var password = await passwords.ResetAsync(account.UserName, ct);
        if (password is null) return OperationResult<CreatedAccountView>.Fail(OperationOutcome.NotFound, "Akun tidak ditemukan.", "notFound");
        await audit.RecordAsync(actor, AuditActions.PasswordReset, detail: account.UserName, cancellationToken: ct);
        var view = View(account with { FailedLogins = 0, LockedUntil = null, MustChangePassword = true }, clock.GetUtcNow());
        return OperationResult<CreatedAccountView>.Ok(new CreatedAccountView(view, password));
    }

    public static AccountView View(OperatorAccount account, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new AccountView(
            account.UserName, account.DisplayName, account.Role.ToString(), account.Active, account.CreatedAt, account.IsLockedAt(now), account.Institution, account.MustChangePassword);
    }
}

/// <summary>
/// <see cref="Institution"/>: a coordinator's institution id; null for the office's staff. <see cref="MustChangePassword"/>:
/// still on a one-time password.
/// </summary>
public sealed record AccountView(
    string UserName, string DisplayName, string Role, bool Active, DateTimeOffset CreatedAt, bool Locked, string? Institution = null, bool MustChangePassword = false);

/// <summary>An account with the one-time password it was just given (created, or reset by an admin): shown once.</summary>
public sealed record CreatedAccountView(AccountView Account, string Password);
