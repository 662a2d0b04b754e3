using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests;

/// <summary>
/// A master (<see cref="RedisServerFixture"/>) watched by one Redis Sentinel on loopback (quorum 1), the Sentinel
/// being the same redis-server binary started with <c>--sentinel</c> (what Debian's redis-sentinel package runs).
/// <see cref="ConnectionString"/> names only the Sentinel and the service, as a deployment would.
/// </summary>
public sealed class RedisSentinelFixture : IAsyncLifetime
{
    public const string ServiceName = "mymaster";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly string directory = Path.Combine(Path.GetTempPath(), "chatbot-redis-sentinel-" + Guid.NewGuid().ToString("N"));
    private Process? sentinel;

    public RedisServerFixture Master { get; } = new();

    public int SentinelPort { get; } = FreePort.Next();

    public string ConnectionString => $"127.0.0.1:{SentinelPort.ToString(CultureInfo.InvariantCulture)},serviceName={ServiceName}";

    public async Task InitializeAsync()
    {
        await Master.StartAsync();
        Directory.CreateDirectory(directory);
        var config = Path.Combine(directory, "sentinel.conf");
        await File.WriteAllLinesAsync(config,
        [
            $"port {SentinelPort.ToString(CultureInfo.InvariantCulture)}",
            "bind 127.0.0.1",
            $"dir {directory}",
            $"sentinel monitor {ServiceName} 127.0.0.1 {Master.Port.ToString(CultureInfo.InvariantCulture)} 1",
            $"sentinel down-after-milliseconds {ServiceName} 5000",
        ]);

        var binary = Environment.GetEnvironmentVariable("REDIS_SERVER") is { Length: > 0 } fromEnv ? fromEnv : "/usr/bin/redis-server";
        var start = new ProcessStartInfo(binary) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(config);
        start.ArgumentList.Add("--sentinel");
        sentinel = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {binary} --sentinel.");
        sentinel.OutputDataReceived += (_, _) => { };
        sentinel.ErrorDataReceived += (_, _) => { };
        sentinel.BeginOutputReadLine();
        sentinel.BeginErrorReadLine();

        var clock = Stopwatch.StartNew();
        while (!await AcceptsAsync())
        {
            if (sentinel.HasExited || clock.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException($"redis-server --sentinel did not listen on port {SentinelPort} within {StartTimeout}.");
            }

            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        if (sentinel is { HasExited: false })
        {
            sentinel.Kill(entireProcessTree: true);
            await sentinel.WaitForExitAsync();
        }

        sentinel?.Dispose();
        await Master.DisposeAsync();
        try
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private async Task<bool> AcceptsAsync()
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync("127.0.0.1", SentinelPort, timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            return false;
        }
    }
}
