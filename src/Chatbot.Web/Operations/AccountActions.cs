using Chatbot.Core.Accounts;
using Chatbot.Core.Ports;
using Chatbot.Web.Accounts;
using Chatbot.Web.Activation;

namespace Chatbot.Web.Operations;

/// <summary>
/// The admin's account management: list, create (with a one-time password; a coordinator with their institution, created
/// when new), deactivate. Audited.
/// </summary>
public sealed class AccountActions(
    IOperatorDirectory directory, IOperatorAccounts accounts, OperatorProvisioning provisioning, InstitutionResolver institutions, AuditTrail audit, TimeProvider clock)
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

    public static AccountView View(OperatorAccount account, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new AccountView(account.UserName, account.DisplayName, account.Role.ToString(), account.Active, account.CreatedAt, account.IsLockedAt(now), account.Institution);
    }
}

/// <summary><see cref="Institution"/>: a coordinator's institution id; null for the office's staff.</summary>
public sealed record AccountView(string UserName, string DisplayName, string Role, bool Active, DateTimeOffset CreatedAt, bool Locked, string? Institution = null);

public sealed record CreatedAccountView(AccountView Account, string Password);
