using System.Diagnostics;
using Chatbot.Testing;
using Xunit.Abstractions;

namespace Chatbot.Redis.Tests;

/// <summary>
/// The send rate shared by all instances, on one redis-server and on a three-master cluster. Two gates on two
/// connections stand for two instances. Counts per window are measured, never how fast something ran.
/// </summary>
public abstract class RedisSendRateGateTests(IRedisTopology redis, ITestOutputHelper output) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis, ITestOutputHelper output) : RedisSendRateGateTests(redis, output);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis, ITestOutputHelper output) : RedisSendRateGateTests(redis, output);

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly RedisTestScope first = RedisTestScope.Create(redis);

    private RedisTestScope? second;

    public void Dispose()
    {
        first.Dispose();
        second?.Dispose();
    }

    /// <summary>A second connection on the same key prefix: another instance.</summary>
    private RedisTestScope OtherInstance() =>
        second ??= RedisTestScope.Create(redis, o => o.KeyPrefix = first.Context.Options.KeyPrefix);

    [Fact]
    public async Task Two_concurrent_callers_never_get_more_than_N_permits_in_any_one_second_window()
    {
        const int perSecond = 20;
        const int wanted = 70;
        var gates = new[] { new RedisSendRateGate(first.Context), new RedisSendRateGate(OtherInstance().Context) };
        var clock = Stopwatch.StartNew();
        var permits = new List<Permit>();
        var granted = 0;

        await Task.WhenAll(gates.Select((gate, caller) => Task.Run(async () =>
        {
            while (Volatile.Read(ref granted) < wanted)
            {
                var asked = clock.Elapsed;
                var wait = await gate.TryAcquireAsync(perSecond);
                var answered = clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    Assert.True(wait <= Window, $"a refusal asks to wait {wait}, longer than the window");
                    await Task.Delay(wait);
                    continue;
                }

                Interlocked.Increment(ref granted);
                lock (permits) permits.Add(new Permit(caller, asked, answered));
            }
        })));

        foreach (var (second, count) in permits.GroupBy(p => (int)p.Answered.TotalSeconds).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())))
            output.WriteLine($"second {second}: {count} permits");
        output.WriteLine($"caller 0: {permits.Count(p => p.Caller == 0)}, caller 1: {permits.Count(p => p.Caller == 1)}");

        // The gate grants at the server's time, somewhere between a call's start and its answer. For any N+1 permits,
        // the latest answer minus the earliest start bounds their spread from above: it must still reach a full window.
        // 2 ms allow for the server's wall clock running against the test's monotonic clock.
        var byStart = permits.OrderBy(p => p.Asked).ToList();
        for (var i = 0; i < byStart.Count; i++)
        {
            var answers = byStart.Skip(i).Select(p => p.Answered).Order().ToList();
            if (answers.Count <= perSecond) break;
            var spread = answers[perSecond] - byStart[i].Asked;
            Assert.True(spread >= Window - TimeSpan.FromMilliseconds(2), $"{perSecond + 1} permits within {spread.TotalMilliseconds:0.0} ms");
        }

        Assert.True(permits.Count >= wanted);
        Assert.Contains(permits, p => p.Caller == 0);
        Assert.Contains(permits, p => p.Caller == 1);
    }

    [Fact]
    public async Task A_refused_call_takes_nothing_and_says_when_to_ask_again()
    {
        const int perSecond = 3;
        var gate = new RedisSendRateGate(first.Context);
        for (var i = 0; i < perSecond; i++) Assert.Equal(TimeSpan.Zero, await gate.TryAcquireAsync(perSecond));

        var waits = new List<TimeSpan>();
        for (var i = 0; i < 5; i++) waits.Add(await gate.TryAcquireAsync(perSecond));

        Assert.All(waits, w => Assert.InRange(w, TimeSpan.FromTicks(1), Window));
        Assert.Equal(perSecond, await first.Db.SortedSetLengthAsync(first.Keys.SendRateWindow));

        await Task.Delay(waits[^1] + TimeSpan.FromMilliseconds(20));
        Assert.Equal(TimeSpan.Zero, await gate.TryAcquireAsync(perSecond));
    }

    [Fact]
    public async Task Waiting_callers_of_two_instances_all_get_their_permits_and_the_window_never_holds_more_than_N()
    {
        const int perSecond = 10;
        var gates = new[] { new RedisSendRateGate(first.Context), new RedisSendRateGate(OtherInstance().Context) };
        var largest = 0L;
        using var watching = new CancellationTokenSource();
        var watcher = Task.Run(async () =>
        {
            while (!watching.IsCancellationRequested)
            {
                largest = Math.Max(largest, await first.Db.SortedSetLengthAsync(first.Keys.SendRateWindow));
                await Task.Delay(5);
            }
        });

        var done = 0;
        await Task.WhenAll(gates.SelectMany(gate => Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 6; i++)
            {
                await gate.WaitAsync(perSecond);
                Interlocked.Increment(ref done);
            }
        }))));
        await watching.CancelAsync();
        await watcher;

        Assert.Equal(24, done);
        Assert.InRange(largest, 1, perSecond);
    }

    private sealed record Permit(int Caller, TimeSpan Asked, TimeSpan Answered);
}
