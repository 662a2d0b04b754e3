using Chatbot.Core.Accounts;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests;

/// <summary>Runs on one redis-server and on a three-master cluster alike.</summary>
public abstract class RedisOperatorAccountsTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : RedisOperatorAccountsTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : RedisOperatorAccountsTests(redis);

    private static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    private readonly RedisTestScope scope = RedisTestScope.Create(redis);

    public void Dispose() => scope.Dispose();

    private RedisOperatorAccounts Accounts => new(scope.Context);

    private static OperatorAccount Account(string userName = "budi", OperatorRole role = OperatorRole.Operator) => new()
    {
        UserName = userName,
        DisplayName = "Budi Santoso",
        Role = role,
        PasswordHash = "AQAAAAIAAYagAAAAEhash",
        CreatedAt = TestData.Now,
    };

    [Fact]
    public async Task Created_account_reads_back_and_the_store_is_no_longer_empty()
    {
        Assert.False(await Accounts.AnyAsync());
        Assert.Null(await Accounts.FindAsync("budi"));

        Assert.True(await Accounts.CreateAsync(Account(role: OperatorRole.Supervisor)));

        var found = await Accounts.FindAsync("budi");
        Assert.NotNull(found);
        Assert.Equal("budi", found.UserName);
        Assert.Equal("Budi Santoso", found.DisplayName);
        Assert.Equal(OperatorRole.Supervisor, found.Role);
        Assert.Equal("AQAAAAIAAYagAAAAEhash", found.PasswordHash);
        Assert.True(found.Active);
        Assert.Equal(TestData.Now, found.CreatedAt);
        Assert.Equal(0, found.FailedLogins);
        Assert.Null(found.LockedUntil);
        Assert.True(await Accounts.AnyAsync());
    }

    [Fact]
    public async Task A_taken_name_is_refused_and_the_first_account_is_kept()
    {
        Assert.True(await Accounts.CreateAsync(Account()));
        Assert.False(await Accounts.CreateAsync(Account() with { DisplayName = "Someone else", Role = OperatorRole.Admin }));

        var found = await Accounts.FindAsync("budi");
        Assert.Equal("Budi Santoso", found!.DisplayName);
        Assert.Equal(OperatorRole.Operator, found.Role);
    }

    [Fact]
    public async Task Concurrent_creates_of_one_name_let_exactly_one_win()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Accounts.CreateAsync(Account() with { DisplayName = $"n{i}" })));
        Assert.Single(results, created => created);
    }

    [Fact]
    public async Task Names_with_markup_are_stored_as_they_are()
    {
        const string name = "<script>alert(1)</script>";
        Assert.True(await Accounts.CreateAsync(Account(name) with { DisplayName = name }));
        Assert.Equal(name, (await Accounts.FindAsync(name))!.DisplayName);
    }

    [Fact]
    public async Task A_name_that_is_not_normalised_is_refused_by_writes_and_not_found()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Accounts.CreateAsync(Account("Budi")));
        await Assert.ThrowsAsync<ArgumentException>(() => Accounts.CreateAsync(Account("bu di")));
        Assert.Null(await Accounts.FindAsync("bu di"));
    }

    [Fact]
    public async Task The_fifth_failure_in_a_row_locks_and_starts_the_count_again()
    {
        await Accounts.CreateAsync(Account());
        for (var i = 1; i <= 4; i++)
            Assert.Equal(new FailedLoginOutcome(i, null), await Accounts.RecordFailedLoginAsync("budi", 5, Lockout, TestData.Now));

        var fifth = await Accounts.RecordFailedLoginAsync("budi", 5, Lockout, TestData.Now);

        Assert.Equal(new FailedLoginOutcome(5, TestData.Now + Lockout), fifth);
        var found = await Accounts.FindAsync("budi");
        Assert.Equal(0, found!.FailedLogins);
        Assert.Equal(TestData.Now + Lockout, found.LockedUntil);
        Assert.True(found.IsLockedAt(TestData.Now.AddMinutes(14)));
        Assert.False(found.IsLockedAt(TestData.Now.AddMinutes(15)));
    }

    [Fact]
    public async Task Concurrent_failures_are_all_counted()
    {
        await Accounts.CreateAsync(Account());

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Accounts.RecordFailedLoginAsync("budi", 5, Lockout, TestData.Now)));

        // 12 failures: two lockouts (the 5th and the 10th), two left counted.
        Assert.Equal(2, outcomes.Count(o => o!.LockedUntil is not null));
        Assert.Equal(2, (await Accounts.FindAsync("budi"))!.FailedLogins);
    }

    [Fact]
    public async Task Reset_clears_failures_and_lock()
    {
        await Accounts.CreateAsync(Account());
        for (var i = 0; i < 6; i++) await Accounts.RecordFailedLoginAsync("budi", 5, Lockout, TestData.Now);

        Assert.True(await Accounts.ResetFailedLoginsAsync("budi"));

        var found = await Accounts.FindAsync("budi");
        Assert.Equal(0, found!.FailedLogins);
        Assert.Null(found.LockedUntil);
    }

    [Fact]
    public async Task Changes_to_a_missing_account_create_nothing()
    {
        Assert.Null(await Accounts.RecordFailedLoginAsync("ghost", 5, Lockout, TestData.Now));
        Assert.False(await Accounts.ResetFailedLoginsAsync("ghost"));
        Assert.False(await Accounts.SetPasswordHashAsync("ghost", "hash"));
        Assert.False(await Accounts.SetActiveAsync("ghost", false));
        Assert.False(await Accounts.ReplacePasswordAsync("ghost", "hash", true, "stamp"));

        Assert.False(await scope.Db.KeyExistsAsync(scope.Keys.OperatorAccount("ghost")));
        Assert.False(await Accounts.AnyAsync());
    }

    [Fact]
    public async Task Password_hash_and_active_flag_change_in_place()
    {
        await Accounts.CreateAsync(Account());

        Assert.True(await Accounts.SetPasswordHashAsync("budi", "new-hash"));
        Assert.True(await Accounts.SetActiveAsync("budi", false));

        var found = await Accounts.FindAsync("budi");
        Assert.Equal("new-hash", found!.PasswordHash);
        Assert.False(found.Active);
        Assert.Equal("Budi Santoso", found.DisplayName);
    }

    [Fact]
    public async Task A_must_change_flag_and_security_stamp_read_back_and_a_new_password_replaces_them_and_clears_a_lock()
    {
        Assert.True(await Accounts.CreateAsync(Account() with { MustChangePassword = true, SecurityStamp = "stamp-1" }));
        var created = await Accounts.FindAsync("budi");
        Assert.True(created!.MustChangePassword);
        Assert.Equal("stamp-1", created.SecurityStamp);
        await Accounts.RecordFailedLoginAsync("budi", 1, Lockout, TestData.Now);

        Assert.True(await Accounts.ReplacePasswordAsync("budi", "new-hash", false, "stamp-2"));

        var found = await Accounts.FindAsync("budi");
        Assert.Equal("new-hash", found!.PasswordHash);
        Assert.False(found.MustChangePassword);
        Assert.Equal("stamp-2", found.SecurityStamp);
        Assert.Equal(0, found.FailedLogins);
        Assert.Null(found.LockedUntil);
        Assert.True(await Accounts.ReplacePasswordAsync("budi", "reset-hash", true, "stamp-3"));
        Assert.True((await Accounts.FindAsync("budi"))!.MustChangePassword);
    }

    [Fact]
    public async Task An_account_stored_before_password_changes_existed_needs_no_change_and_has_no_stamp()
    {
        await Accounts.CreateAsync(Account());
        await scope.Db.HashDeleteAsync(scope.Keys.OperatorAccount("budi"), ["mustChangePassword", "securityStamp"]);

        var found = await Accounts.FindAsync("budi");

        Assert.False(found!.MustChangePassword);
        Assert.Null(found.SecurityStamp);
        Assert.False(await scope.Db.HashExistsAsync(scope.Keys.OperatorAccount("budi"), "mustChangePassword"));
    }

    [Fact]
    public void Account_keys_share_one_slot()
    {
        Assert.Equal(
            scope.Multiplexer.HashSlot(scope.Keys.OperatorAccount("budi")),
            scope.Multiplexer.HashSlot(scope.Keys.OperatorAccountIndex));
    }
}
