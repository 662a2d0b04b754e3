using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Chatbot.Testing;

/// <summary>
/// One redis-server in cluster mode on loopback, without persistence: a client port and a cluster bus port, both
/// picked free (the bus port is set with <c>--cluster-port</c>, so it need not be the client port + 10000).
/// <see cref="CommandAsync"/> speaks just enough RESP for PING and CLUSTER INFO, so this project needs no Redis client.
/// </summary>
public sealed class RedisClusterNode : IDisposable
{
    private readonly Queue<string> output = new();
    private Process? process;

    public RedisClusterNode()
    {
        Port = FreePort.Next();
        do BusPort = FreePort.Next(); while (BusPort == Port);
    }

    public int Port { get; }

    public int BusPort { get; }

    public string EndPoint => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public bool IsRunning => process is { HasExited: false };

    public void Start(string binary, string directory)
    {
        var port = Port.ToString(CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--cluster-enabled", "yes",
            "--cluster-config-file", Path.Combine(directory, $"nodes-{port}.conf"),
            "--cluster-port", BusPort.ToString(CultureInfo.InvariantCulture),
            "--port", port,
            "--bind", "127.0.0.1",
            "--save", "",
            "--appendonly", "no",
            "--dir", directory,
        })
        {
            start.ArgumentList.Add(arg);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {binary}.");
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The reply to a command as text (simple string, error or bulk string), or null when unreachable.</summary>
    public async Task<string?> CommandAsync(params string[] words)
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync("127.0.0.1", Port, timeout.Token);
            var stream = client.GetStream();
            var request = new StringBuilder().Append('*').Append(words.Length).Append("\r\n");
            foreach (var word in words) request.Append('$').Append(Encoding.UTF8.GetByteCount(word)).Append("\r\n").Append(word).Append("\r\n");
            await stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()), timeout.Token);

            // Read until the reply is complete: one line, or a bulk header plus its length and CRLF.
            var received = new MemoryStream();
            var buffer = new byte[4096];
            while (true)
            {
                var read = await stream.ReadAsync(buffer, timeout.Token);
                if (read == 0) return null;
                received.Write(buffer, 0, read);
                var text = Encoding.UTF8.GetString(received.GetBuffer(), 0, (int)received.Length);
                var headerEnd = text.IndexOf("\r\n", StringComparison.Ordinal);
                if (headerEnd < 0) continue;
                if (text[0] != '$') return text[1..headerEnd];
                var length = int.Parse(text.AsSpan(1, headerEnd - 1), CultureInfo.InvariantCulture);
                if (length < 0) return null;
                if (received.Length >= headerEnd + 2 + length + 2) return text.Substring(headerEnd + 2, length);
            }
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException)
        {
            return null;
        }
    }

    public string Output()
    {
        lock (output) return string.Join(Environment.NewLine, output);
    }

    public void Dispose()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5_000);
        }

        process?.Dispose();
        process = null;
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
}
