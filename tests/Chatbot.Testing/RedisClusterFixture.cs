using System.Diagnostics;

namespace Chatbot.Testing;

/// <summary>
/// A real Redis Cluster of three masters on loopback, for the life of a test collection (use as
/// <c>ICollectionFixture&lt;RedisClusterFixture&gt;</c>): three <see cref="RedisClusterNode"/>s joined with
/// <c>redis-cli --cluster create … --cluster-replicas 0 --cluster-yes</c> (slots split evenly: 0-5460, 5461-10922,
/// 10923-16383), then ready once every node reports <c>cluster_state:ok</c>. Every wait is bounded; a failure names
/// the step and shows the servers' output. Binaries: $REDIS_SERVER or /usr/bin/redis-server, $REDIS_CLI or
/// /usr/bin/redis-cli (Debian's redis-tools, a dependency of redis-server).
/// </summary>
public sealed class RedisClusterFixture : IRedisTopology, IAsyncLifetime, IDisposable
{
    public const int Masters = 3;

    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    private readonly string directory = Path.Combine(Path.GetTempPath(), "chatbot-redis-cluster-" + Guid.NewGuid().ToString("N"));
    private readonly List<RedisClusterNode> nodes = [];

    /// <summary>Seeds for StackExchange.Redis, which discovers the rest of the cluster from them.</summary>
    public string ConnectionString => string.Join(",", nodes.Select(n => n.EndPoint));

    public IReadOnlyList<RedisClusterNode> Nodes => nodes;

    public string NewKeyPrefix() => RedisServerFixture.NewKeyPrefix();

    public async Task InitializeAsync()
    {
        try
        {
            Directory.CreateDirectory(directory);
            var server = Binary("REDIS_SERVER", "/usr/bin/redis-server");
            for (var i = 0; i < Masters; i++)
            {
                var node = new RedisClusterNode();
                nodes.Add(node);
                node.Start(server, directory);
            }

            await WaitAsync("every node answers PING", async () =>
            {
                foreach (var node in nodes)
                {
                    if (await node.CommandAsync("PING") != "PONG") return false;
                }

                return true;
            });
            await CreateClusterAsync();
            await WaitAsync("every node reports cluster_state:ok", async () =>
            {
                foreach (var node in nodes)
                {
                    var info = await node.CommandAsync("CLUSTER", "INFO");
                    if (info is null || !info.Contains("cluster_state:ok", StringComparison.Ordinal)) return false;
                }

                return true;
            });
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        foreach (var node in nodes) node.Dispose();
        try
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private async Task CreateClusterAsync()
    {
        var start = new ProcessStartInfo(Binary("REDIS_CLI", "/usr/bin/redis-cli"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--cluster");
        start.ArgumentList.Add("create");
        foreach (var node in nodes) start.ArgumentList.Add(node.EndPoint);
        foreach (var arg in new[] { "--cluster-replicas", "0", "--cluster-yes" }) start.ArgumentList.Add(arg);

        using var cli = Process.Start(start) ?? throw new InvalidOperationException("Could not start redis-cli.");
        var stdout = cli.StandardOutput.ReadToEndAsync();
        var stderr = cli.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StepTimeout);
        try
        {
            await cli.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            cli.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"redis-cli --cluster create did not finish within {StepTimeout}.{Environment.NewLine}{Diagnostics()}");
        }

        if (cli.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"redis-cli --cluster create failed ({cli.ExitCode}):{Environment.NewLine}{await stdout}{await stderr}{Environment.NewLine}{Diagnostics()}");
        }
    }

    private async Task WaitAsync(string what, Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > StepTimeout || nodes.Any(n => !n.IsRunning))
            {
                throw new InvalidOperationException($"Redis cluster: not reached within {StepTimeout}: {what}.{Environment.NewLine}{Diagnostics()}");
            }

            await Task.Delay(50);
        }
    }

    private string Diagnostics() =>
        string.Join(Environment.NewLine, nodes.Select(n => $"--- {n.EndPoint} (bus {n.BusPort}){Environment.NewLine}{n.Output()}"));

    private static string Binary(string variable, string fallback) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } fromEnv ? fromEnv : fallback;
}
