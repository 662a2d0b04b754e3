using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Chatbot.Testing;

/// <summary>
/// A real redis-server on a free loopback port for the life of a test collection
/// (use as <c>ICollectionFixture&lt;RedisServerFixture&gt;</c>). Tests isolate themselves with their own key prefix
/// (<see cref="NewKeyPrefix"/>), never by flushing. <see cref="StopAsync"/> (a crash) or <see cref="TerminateAsync"/>
/// (a clean shutdown) and <see cref="StartAsync"/> take the server down and up again on the same port and folder, for
/// tests of what happens while Redis is unreachable. Without persistence by default; with <see cref="AppendOnly"/> it
/// keeps an append-only file in its own temp folder and reloads it on the next start (the fault tests).
/// The binary is $REDIS_SERVER or /usr/bin/redis-server.
/// </summary>
public sealed class RedisServerFixture : IRedisTopology, IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Every server started, killed when the test run's process exits (a crashed test leaves none behind).</summary>
    private static readonly ProcessRegistry Everywhere = new();

    private readonly string directory = Path.Combine(Path.GetTempPath(), "chatbot-redis-" + Guid.NewGuid().ToString("N"));
    private readonly OutputTail output = new(100);
    private Process? process;

    /// <summary>Keep an append-only file (and reload it at the next start); takes effect at the next start.</summary>
    public bool AppendOnly { get; set; }

    /// <summary>With <see cref="AppendOnly"/>: "everysec" (Redis' default) or "always" (every acknowledged write on disk).</summary>
    public string AppendFsync { get; set; } = "everysec";

    /// <summary>The server's last lines of output, for failure messages.</summary>
    public string Output => output.Text(40);

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
            WorkingDirectory = directory,
        };
        string[] args =
        [
            "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--protected-mode", "yes",
            "--save", "", "--dir", directory,
            .. AppendOnly ? ["--appendonly", "yes", "--appendfsync", AppendFsync] : new[] { "--appendonly", "no" },
        ];
        foreach (var arg in args) start.ArgumentList.Add(arg);

        process = Everywhere.Start(start);
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var clock = Stopwatch.StartNew();
        while (!await PingAsync())
        {
            if (process.HasExited || clock.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException($"redis-server did not answer PING on port {Port}:{Environment.NewLine}{Output}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Stops the server as a crash would: SIGKILL, nothing written on the way out.</summary>
    public async Task StopAsync()
    {
        if (process is null) return;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Forget();
    }

    /// <summary>Stops the server cleanly: SIGTERM (it writes its append-only file and exits), SIGKILL after 10 s.</summary>
    public async Task TerminateAsync()
    {
        if (process is null) return;
        await ProcessRegistry.TerminateAsync(process, TimeSpan.FromSeconds(10));
        Forget();
    }

    private void Forget()
    {
        process?.Dispose();
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
        Forget();
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
