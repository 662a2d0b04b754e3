using System.Globalization;
using Chatbot.Core.Accounts;
using Chatbot.Core.Ports;
using StackExchange.Redis;

namespace Chatbot.Redis;

/// <summary>
/// Operator accounts as hashes (one field per property, so counters change in place) plus an index by creation time.
/// Creating, counting a failed sign-in and every change are scripts: atomic, and never bring back a deleted account.
/// </summary>
public sealed class RedisOperatorAccounts(RedisContext redis) : IOperatorAccounts
{
    private const string UserNameField = "userName";
    private const string DisplayNameField = "displayName";
    private const string RoleField = "role";
    private const string InstitutionField = "institution";
    private const string PasswordHashField = "passwordHash";
    private const string ActiveField = "active";
    private const string CreatedAtField = "createdAt";
    private const string FailedLoginsField = "failedLogins";
    private const string LockedUntilField = "lockedUntil";
    private const string MustChangePasswordField = "mustChangePassword";
    private const string SecurityStampField = "securityStamp";

    public async Task<bool> CreateAsync(OperatorAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        EnsureValid(account.UserName);
        cancellationToken.ThrowIfCancellationRequested();
        var createdAtMs = account.CreatedAt.ToUnixTimeMilliseconds();
        var values = new List<RedisValue>
        {
            account.UserName, createdAtMs,
            UserNameField, account.UserName,
            DisplayNameField, account.DisplayName,
            RoleField, account.Role.ToString(),
            PasswordHashField, account.PasswordHash,
            ActiveField, account.Active ? 1 : 0,
            CreatedAtField, createdAtMs,
            FailedLoginsField, account.FailedLogins,
        };
        if (account.LockedUntil is { } lockedUntil) values.AddRange([LockedUntilField, lockedUntil.ToUnixTimeMilliseconds()]);
        if (account.Institution is { } institution) values.AddRange([InstitutionField, institution]);
        if (account.MustChangePassword) values.AddRange([MustChangePasswordField, 1]);
        if (account.SecurityStamp is { } stamp) values.AddRange([SecurityStampField, stamp]);

        var created = await redis.EvalAsync(
            RedisScripts.AccountCreate, [redis.Keys.OperatorAccount(account.UserName), redis.Keys.OperatorAccountIndex], values.ToArray());
        return (int)created == 1;
    }

    public async Task<OperatorAccount?> FindAsync(string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userName);
        if (!OperatorUserName.IsValid(userName)) return null;
        var entries = await redis.Database.HashGetAllAsync(redis.Keys.OperatorAccount(userName)).WaitAsync(cancellationToken);
        if (entries.Length == 0) return null;
        var fields = entries.ToDictionary(e => e.Name.ToString(), e => e.Value, StringComparer.Ordinal);
        return new OperatorAccount
        {
            UserName = Text(fields, UserNameField),
            DisplayName = Text(fields, DisplayNameField),
            Role = Enum.Parse<OperatorRole>(Text(fields, RoleField)),
            // Absent on accounts made before coordinators existed, and on the office's own staff.
            Institution = fields.TryGetValue(InstitutionField, out var institution) ? institution.ToString() : null,
            PasswordHash = Text(fields, PasswordHashField),
            Active = Number(fields, ActiveField) == 1,
            CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(Number(fields, CreatedAtField)),
            FailedLogins = (int)Number(fields, FailedLoginsField),
            LockedUntil = fields.ContainsKey(LockedUntilField) ? DateTimeOffset.FromUnixTimeMilliseconds(Number(fields, LockedUntilField)) : null,
            // Both absent on accounts stored before passwords could be changed: no change asked for, no stamp.
            MustChangePassword = fields.ContainsKey(MustChangePasswordField) && Number(fields, MustChangePasswordField) == 1,
            SecurityStamp = fields.TryGetValue(SecurityStampField, out var stamp) ? stamp.ToString() : null,
        };
    }

    public async Task<bool> AnyAsync(CancellationToken cancellationToken = default) =>
        await redis.Database.SortedSetLengthAsync(redis.Keys.OperatorAccountIndex).WaitAsync(cancellationToken) > 0;

    public async Task<FailedLoginOutcome?> RecordFailedLoginAsync(
        string userName, int maxFailures, TimeSpan lockout, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        EnsureValid(userName);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFailures, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lockout, TimeSpan.Zero);
        cancellationToken.ThrowIfCancellationRequested();
        var lockEndMs = (now + lockout).ToUnixTimeMilliseconds();
        var result = await redis.EvalAsync(RedisScripts.AccountFailedLogin, [redis.Keys.OperatorAccount(userName)], [maxFailures, lockEndMs]);
        if (result.IsNull) return null;
        var parts = (RedisResult[])result!;
        var lockedUntilMs = long.Parse((string)parts[1]!, NumberStyles.Integer, CultureInfo.InvariantCulture);
        return new FailedLoginOutcome((int)parts[0], lockedUntilMs == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(lockedUntilMs));
    }

    public Task<bool> ResetFailedLoginsAsync(string userName, CancellationToken cancellationToken = default) =>
        UpdateAsync(userName, [(FailedLoginsField, 0)], [LockedUntilField], cancellationToken);

    public Task<bool> SetPasswordHashAsync(string userName, string passwordHash, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        return UpdateAsync(userName, [(PasswordHashField, passwordHash)], [], cancellationToken);
    }

    public Task<bool> ReplacePasswordAsync(
        string userName, string passwordHash, bool mustChangePassword, string securityStamp, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        ArgumentException.ThrowIfNullOrEmpty(securityStamp);
        return UpdateAsync(
            userName,
            [(PasswordHashField, passwordHash), (MustChangePasswordField, mustChangePassword ? 1 : 0), (SecurityStampField, securityStamp), (FailedLoginsField, 0)],
            [LockedUntilField],
            cancellationToken);
    }

    public Task<bool> SetActiveAsync(string userName, bool active, CancellationToken cancellationToken = default) =>
        UpdateAsync(userName, [(ActiveField, active ? 1 : 0)], [], cancellationToken);

    private async Task<bool> UpdateAsync(
        string userName, (string Field, RedisValue Value)[] set, string[] delete, CancellationToken cancellationToken)
    {
        EnsureValid(userName);
        cancellationToken.ThrowIfCancellationRequested();
        var values = new List<RedisValue> { set.Length };
        foreach (var (field, value) in set) values.AddRange([field, value]);
        values.AddRange(delete.Select(field => (RedisValue)field));
        var changed = await redis.EvalAsync(RedisScripts.AccountUpdate, [redis.Keys.OperatorAccount(userName)], values.ToArray());
        return (int)changed == 1;
    }

    private static void EnsureValid(string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        if (!OperatorUserName.IsValid(userName) || OperatorUserName.Normalize(userName) != userName)
            throw new ArgumentException($"Not a normalised operator user name (see {nameof(OperatorUserName)}).", nameof(userName));
    }

    private static string Text(Dictionary<string, RedisValue> fields, string name) =>
        fields.TryGetValue(name, out var value) ? value.ToString() : throw new InvalidDataException($"Operator account without {name}.");

    private static long Number(Dictionary<string, RedisValue> fields, string name) =>
        long.Parse(Text(fields, name), NumberStyles.Integer, CultureInfo.InvariantCulture);
}
