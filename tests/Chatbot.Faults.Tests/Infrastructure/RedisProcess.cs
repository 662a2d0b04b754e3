using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Chatbot.Testing;

namespace Chatbot.Faults.Tests.Infrastructure;

/// <summary>
/// A redis-server on a free loopback port with an append-only file in its own temp folder (appendfsync everysec, Redis'
/// default, or always: every acknowledged write on disk before the answer). It can be stopped (SIGTERM,
/// or SIGKILL as a crash) and started again on the same port and folder, where it reloads the append-only file.
/// The binary is $REDIS_SERVER or /usr/bin/redis-server.
/// </summary>
public sealed class RedisProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly ProcessRegistry registry;
    private readonly string directory = Path.Combine(Path.GetTempPath(), "chatbot-faults-redis-" + Guid.NewGuid().ToString("N"));
    private readonly OutputTail output = new(100);
    private Process? process;

    public RedisProcess(ProcessRegistry registry) => this.registry = registry;

    /// <summary>"everysec" or "always"; takes effect at the next start.</summary>
    public string AppendFsync { get; set; } = "everysec";

    public int Port { get; } = FreePort.Next();

    public string ConnectionString => $"127.0.0.1:{Port}";

    public bool IsRunning => process is { HasExited: false };

    public string Output => output.Text(40);

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
            "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--protected-mode", "yes",
            "--dir", directory, "--appendonly", "yes", "--appendfsync", AppendFsync, "--save", "",
        ];
        foreach (var arg in args) start.ArgumentList.Add(arg);

        process = registry.Start(start);
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var clock = Stopwatch.StartNew();
        while (!await PingAsync())
        {
            if (process.HasExited || clock.Elapsed > StartTimeout)
                throw new InvalidOperationException($"redis-server did not answer PING on port {Port}:{Environment.NewLine}{Output}");
            await Task.Delay(50);
        }
    }

    /// <summary>Stops the server: SIGTERM (it writes the append-only file and exits) or, with <paramref name="crash"/>, SIGKILL.</summary>
    public async Task StopAsync(bool crash = false)
    {
        if (process is null) return;
        if (crash) ProcessRegistry.Kill(process);
        else await ProcessRegistry.TerminateAsync(process, TimeSpan.FromSeconds(10));
        process = null;
    }

    /// <summary>True when the server answers PING (raw RESP).</summary>
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

    public void Dispose()
    {
        if (process is not null) ProcessRegistry.Kill(process);
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
