using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Chatbot.Testing;

/// <summary>
/// A real redis-server on a free loopback port, without persistence, for the life of a test collection
/// (use as <c>ICollectionFixture&lt;RedisServerFixture&gt;</c>). Tests isolate themselves with their own key prefix
/// (<see cref="NewKeyPrefix"/>), never by flushing. <see cref="StopAsync"/> and <see cref="StartAsync"/> take the
/// server down and up again on the same port, for tests of what happens while Redis is unreachable.
/// The binary is $REDIS_SERVER or /usr/bin/redis-server.
/// </summary>
public sealed class RedisServerFixture : IRedisTopology, IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly string directory = Path.Combine(Path.GetTempPath(), "chatbot-redis-" + Guid.NewGuid().ToString("N"));
    private readonly Queue<string> output = new();
    private Process? process;

    public int Port { get; } = FreePort.Next();

    /// <summary>StackExchange.Redis connection string of the server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public bool IsRunning => process is { HasExited: false };

    public static string NewKeyPrefix() => "t" + Guid.NewGuid().ToString("N");

    string IRedisTopology.NewKeyPrefix() => NewKeyPrefix();

    public Task InitializeAsync() => StartAsync();

    public async Task StartAsync()
    {
        if (IsRunning) return;
        Directory.CreateDirectory(directory);
        var binary = Environment.GetEnvironmentVariable("REDIS_SERVER") is { Length: > 0 } fromEnv ? fromEnv : "/usr/bin/redis-server";
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", directory })
        {
            start.ArgumentList.Add(arg);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {binary}.");
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var clock = Stopwatch.StartNew();
        while (!await PingAsync())
        {
            if (process.HasExited || clock.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException($"redis-server did not answer PING on port {Port}:{Environment.NewLine}{Output()}");
            }

            await Task.Delay(50);
        }
    }

    public async Task StopAsync()
    {
        if (process is null) return;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        process = null;
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        TryDeleteDirectory();
    }

    public void Dispose()
    {
        if (process is { HasExited: false }) process.Kill(entireProcessTree: true);
        process?.Dispose();
        process = null;
        TryDeleteDirectory();
    }

    /// <summary>True when the server answers PING (raw RESP, so this project needs no Redis client).</summary>
    public async Task<bool> PingAsync()
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync("127.0.0.1", Port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), timeout.Token);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, timeout.Token);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        lock (output)
        {
            output.Enqueue(line);
            if (output.Count > 50) output.Dequeue();
        }
    }

    private string Output()
    {
        lock (output) return string.Join(Environment.NewLine, output);
    }

    private void TryDeleteDirectory()
    {
        try
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
