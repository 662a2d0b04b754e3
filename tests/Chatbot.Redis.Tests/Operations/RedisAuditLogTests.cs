using Chatbot.Core.Ports;
using Chatbot.Redis.Operations;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests.Operations;

/// <summary>The audit log on one redis-server and on a three-master cluster alike.</summary>
public abstract class RedisAuditLogTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : RedisAuditLogTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : RedisAuditLogTests(redis);

    private readonly RedisTestScope scope = RedisTestScope.Create(redis);

    public void Dispose() => scope.Dispose();

    private RedisAuditLog Log => new(scope.Context);

    [Fact]
    public async Task Entries_come_back_in_order_with_every_field()
    {
        var now = DateTimeOffset.UtcNow;
        await Log.AppendAsync(new AuditEntry(now, "agus", AuditActions.TakeOver) { Conversation = "+62******890" });
        await Log.AppendAsync(new AuditEntry(now, "agus", AuditActions.CaseStatus) { CaseCode = "ABC-234", Detail = "Baru → Diproses" });
        await Log.AppendAsync(new AuditEntry(now, "siti", AuditActions.NikRevealed) { CaseCode = "ABC-234" });

        var entries = await Log.ReadAsync(now.AddMinutes(-1), now.AddMinutes(1), 100);

        Assert.Equal([AuditActions.TakeOver, AuditActions.CaseStatus, AuditActions.NikRevealed], entries.Select(e => e.Action));
        Assert.Equal("+62******890", entries[0].Conversation);
        Assert.Null(entries[0].CaseCode);
        Assert.Equal("Baru → Diproses", entries[1].Detail);
        Assert.Equal("siti", entries[2].Actor);
        Assert.Equal(now.ToUnixTimeMilliseconds(), entries[2].At.ToUnixTimeMilliseconds());
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e.Id)));
        Assert.Equal(entries.Select(e => e.Id).Distinct().Count(), entries.Count);
    }

    [Fact]
    public async Task A_time_range_selects_what_was_recorded_in_it()
    {
        await Log.AppendAsync(new AuditEntry(DateTimeOffset.UtcNow, "agus", AuditActions.Reply));
        await Task.Delay(30);
        var middle = DateTimeOffset.UtcNow;
        await Task.Delay(30);
        await Log.AppendAsync(new AuditEntry(DateTimeOffset.UtcNow, "budi", AuditActions.HandBack));

        var before = await Log.ReadAsync(middle.AddHours(-1), middle, 100);
        var after = await Log.ReadAsync(middle, middle.AddHours(1), 100);
        var future = await Log.ReadAsync(middle.AddHours(1), middle.AddHours(2), 100);
        var limited = await Log.ReadAsync(middle.AddHours(-1), middle.AddHours(1), 1);

        Assert.Equal(["agus"], before.Select(e => e.Actor));
        Assert.Equal(["budi"], after.Select(e => e.Actor));
        Assert.Empty(future);
        Assert.Equal(["agus"], limited.Select(e => e.Actor));
    }

    [Fact]
    public async Task The_log_is_a_stream_that_only_grows()
    {
        for (var i = 0; i < 5; i++) await Log.AppendAsync(new AuditEntry(DateTimeOffset.UtcNow, "agus", AuditActions.Reply));

        Assert.Equal(5, await scope.Db.StreamLengthAsync(scope.Keys.AuditLog));
        Assert.Equal(StackExchange.Redis.RedisType.Stream, await scope.Db.KeyTypeAsync(scope.Keys.AuditLog));
    }
}
