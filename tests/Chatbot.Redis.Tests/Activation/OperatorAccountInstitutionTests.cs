using Chatbot.Core.Accounts;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests.Activation;

/// <summary>A coordinator's account keeps its institution; accounts without one (and older ones) read back with none.</summary>
public abstract class OperatorAccountInstitutionTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : OperatorAccountInstitutionTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : OperatorAccountInstitutionTests(redis);

    private readonly RedisTestScope scope = RedisTestScope.Create(redis);

    public void Dispose() => scope.Dispose();

    private RedisOperatorAccounts Accounts => new(scope.Context);

    private static OperatorAccount Account(string userName, OperatorRole role, string? institution) => new()
    {
        UserName = userName,
        DisplayName = "Rina",
        Role = role,
        Institution = institution,
        PasswordHash = "AQAAAAIAAYagAAAAEhash",
        CreatedAt = TestData.Now,
    };

    [Fact]
    public async Task The_institution_is_stored_only_when_there_is_one()
    {
        await Accounts.CreateAsync(Account("rina", OperatorRole.Coordinator, "pt-sritex"));
        await Accounts.CreateAsync(Account("siti", OperatorRole.Operator, null));

        var coordinator = await Accounts.FindAsync("rina");
        var staff = await Accounts.FindAsync("siti");

        Assert.Equal(OperatorRole.Coordinator, coordinator!.Role);
        Assert.Equal("pt-sritex", coordinator.Institution);
        Assert.Null(staff!.Institution);
        Assert.False(await scope.Db.HashExistsAsync(scope.Keys.OperatorAccount("siti"), "institution"));
        Assert.True(await Accounts.SetActiveAsync("rina", false));
        Assert.Equal("pt-sritex", (await Accounts.FindAsync("rina"))!.Institution);
    }

    [Fact]
    public async Task An_account_stored_before_institutions_existed_reads_back()
    {
        await scope.Db.HashSetAsync(scope.Keys.OperatorAccount("lama"),
        [
            new("userName", "lama"), new("displayName", "Akun Lama"), new("role", "Supervisor"), new("passwordHash", "h"),
            new("active", 1), new("createdAt", TestData.Now.ToUnixTimeMilliseconds()), new("failedLogins", 0),
        ]);

        var found = await Accounts.FindAsync("lama");

        Assert.NotNull(found);
        Assert.Equal(OperatorRole.Supervisor, found.Role);
        Assert.Null(found.Institution);
    }
}
