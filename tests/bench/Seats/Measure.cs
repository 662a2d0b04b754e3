using System.Diagnostics;
using System.Globalization;
using Chatbot.Core.Activation;
using StackExchange.Redis;

namespace Bench.Seats;

/// <summary>One measured phase: wall time, each call's latency and outcome, and what Redis did meanwhile.</summary>
internal sealed record Run(string Name, TimeSpan Wall, double[] LatencyMs, BookingOutcome[] Outcomes, CommandDelta Redis, double ClientCpu, double RedisCpu)
{
    public int Count => Outcomes.Length;

    public int Done => Outcomes.Count(o => o == BookingOutcome.Done);

    public double PerSecond => Count / Wall.TotalSeconds;

    public double Percentile(double p)
    {
        var sorted = LatencyMs.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public string OutcomeSummary() =>
        string.Join(", ", Outcomes.GroupBy(o => o).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count():N0}"));

    /// <summary>
    /// Runs <paramref name="count"/> calls of <paramref name="call"/> (given 0..count-1) on <paramref name="concurrency"/>
    /// workers, each starting its next call when its last one is answered.
    /// </summary>
    public static async Task<Run> MeasureAsync(
        string name, int count, int concurrency, RedisServerStats stats, Func<int, Task<BookingOutcome>> call)
    {
        var latencies = new double[count];
        var outcomes = new BookingOutcome[count];
        var next = -1;
        var before = await stats.CommandsAsync();
        var redisCpu = await stats.CpuSecondsAsync();
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, count)).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var t0 = Stopwatch.GetTimestamp();
                outcomes[i] = await call(i);
                latencies[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            }
        })));
        var wall = Stopwatch.GetElapsedTime(start);
        clientCpu = Process.GetCurrentProcess().TotalProcessorTime - clientCpu;
        redisCpu = await stats.CpuSecondsAsync() - redisCpu;
        var delta = (await stats.CommandsAsync()).Minus(before, count);
        var run = new Run(name, wall, latencies, outcomes, delta, clientCpu.TotalSeconds, redisCpu);
        Console.Error.WriteLine($"   {name}: {run.PerSecond:N0}/s, p50 {run.Percentile(50):N2} ms, p99 {run.Percentile(99):N2} ms; {run.OutcomeSummary()}");
        return run;
    }
}

/// <summary>Calls and microseconds per command name (INFO commandstats), less the client's own housekeeping.</summary>
internal sealed class CommandDelta(Dictionary<string, (long Calls, long Usec)> commands, int operations)
{
    private static readonly HashSet<string> Scripts = ["eval", "evalsha", "eval_ro", "evalsha_ro"];
    private static readonly HashSet<string> Housekeeping =
        ["info", "ping", "echo", "client", "cluster", "config", "hello", "subscribe", "script", "command", "select"];

    public Dictionary<string, (long Calls, long Usec)> Commands => commands;

    public CommandDelta Minus(CommandDelta before, int operationsBetween) => new(
        commands.ToDictionary(
            c => c.Key,
            c => before.Commands.TryGetValue(c.Key, out var b) ? (c.Value.Calls - b.Calls, c.Value.Usec - b.Usec) : c.Value),
        operationsBetween);

    /// <summary>Round trips: the scripts the client ran, per operation.</summary>
    public double ScriptsPerOp => Sum(Scripts.Contains, c => c.Calls) / (double)operations;

    /// <summary>The commands the scripts ran inside Redis, per operation.</summary>
    public double InnerPerOp => Sum(n => !Scripts.Contains(n) && !Housekeeping.Contains(n), c => c.Calls) / (double)operations;

    /// <summary>Redis's time in the scripts (nested commands included), per operation.</summary>
    public double ScriptUsecPerOp => Sum(Scripts.Contains, c => c.Usec) / (double)operations;

    public double PerOp(string command) => commands.TryGetValue(command, out var c) ? c.Calls / (double)operations : 0;

    public double UsecPerOp(string command) => commands.TryGetValue(command, out var c) ? c.Usec / (double)operations : 0;

    public IEnumerable<string> InnerCommands => commands.Where(c => c.Value.Calls > 0 && !Scripts.Contains(c.Key) && !Housekeeping.Contains(c.Key)).Select(c => c.Key);

    private long Sum(Func<string, bool> which, Func<(long Calls, long Usec), long> value) =>
        commands.Where(c => which(c.Key)).Sum(c => value(c.Value));

    public static CommandDelta Parse(IEnumerable<KeyValuePair<string, string>> info)
    {
        var commands = new Dictionary<string, (long, long)>();
        foreach (var (key, value) in info)
        {
            if (!key.StartsWith("cmdstat_", StringComparison.Ordinal)) continue;
            var fields = value.Split(',').Select(f => f.Split('=')).ToDictionary(f => f[0], f => f[1]);
            var name = key["cmdstat_".Length..].Split('|')[0];
            commands.TryGetValue(name, out var sum);
            commands[name] = (
                sum.Item1 + long.Parse(fields["calls"], CultureInfo.InvariantCulture),
                sum.Item2 + long.Parse(fields["usec"], CultureInfo.InvariantCulture));
        }

        return new CommandDelta(commands, 1);
    }
}

/// <summary>INFO and MEMORY USAGE of the one server the benchmark runs against.</summary>
internal sealed class RedisServerStats(IConnectionMultiplexer multiplexer)
{
    private readonly IServer server = multiplexer.GetServers().Single();

    public async Task<CommandDelta> CommandsAsync() => CommandDelta.Parse((await server.InfoAsync("commandstats")).SelectMany(g => g));

    /// <summary>used_cpu_sys + used_cpu_user of the server process.</summary>
    public async Task<double> CpuSecondsAsync() => (await server.InfoAsync("cpu")).SelectMany(g => g)
        .Where(f => f.Key is "used_cpu_sys" or "used_cpu_user").Sum(f => double.Parse(f.Value, CultureInfo.InvariantCulture));

    public async Task<long> UsedMemoryAsync()
    {
        await Task.Delay(300); // let the connection's buffers settle
        var memory = (await server.InfoAsync("memory")).SelectMany(g => g);
        return long.Parse(memory.Single(f => f.Key == "used_memory").Value, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// MEMORY USAGE (exact, SAMPLES 0) of every key under <paramref name="root"/>, summed per kind of key: the part of its
    /// name after the root up to the next ':' (so that "phone-bookings:+62…" keys count as one kind), with the count of keys.
    /// </summary>
    public async Task<List<(string Kind, int Keys, long Bytes)>> MemoryByKindAsync(string root)
    {
        var database = multiplexer.GetDatabase();
        var keys = new List<RedisKey>();
        await foreach (var key in server.KeysAsync(pattern: root + "*", pageSize: 1000)) keys.Add(key);
        var usages = await Task.WhenAll(keys.Select(k => database.ExecuteAsync("MEMORY", "USAGE", k, "SAMPLES", "0")));
        return keys.Zip(usages, (k, u) => (Kind: ((string)k!)[root.Length..].Split(':')[0], Bytes: (long)u))
            .GroupBy(x => x.Kind)
            .Select(g => (g.Key, g.Count(), g.Sum(x => x.Bytes)))
            .OrderByDescending(x => x.Item3)
            .ToList();
    }
}
