using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Chatbot.Testing;

/// <summary>
/// Stoplight Prism serving Twilio's OpenAPI description (twilio_api_v2010.json from npm @twilio-alpha/mcp) as a mock on a free
/// loopback port: a request Twilio would refuse gets 422 with the reason. Prism takes 15-30 s to start on this
/// spec, so use it as a fixture shared by the whole test assembly. The process tree is killed on dispose.
/// Prism serves a copy with OpenAPI's default form encodings written out (see <see cref="PrismSpec"/>).
/// </summary>
public sealed class PrismFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(120);
    private readonly Queue<string> log = new();
    private Process? prism;
    private string? preparedSpec;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The last lines Prism printed, for a failing test's message.</summary>
    public string RecentLog
    {
        get
        {
            lock (log) return string.Join('\n', log);
        }
    }

    public async Task InitializeAsync()
    {
        var entry = RepoPaths.NodeModule(Path.Combine("@stoplight", "prism-cli", "dist", "index.js"));
        var spec = RepoPaths.TwilioOpenApi("twilio_api_v2010.json");

        preparedSpec = PrismSpec.WriteWithExplicitFormEncodings(spec);
        var port = FreePort();
        var start = new ProcessStartInfo(RepoPaths.Node)
        {
            WorkingDirectory = RepoPaths.Tools,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { entry, "mock", "-h", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), preparedSpec })
            start.ArgumentList.Add(arg);

        prism = Process.Start(start) ?? throw new InvalidOperationException("Prism could not be started");
        // Prism logs every route and request: drain both pipes or it blocks on a full buffer.
        prism.OutputDataReceived += (_, e) => Remember(e.Data);
        prism.ErrorDataReceived += (_, e) => Remember(e.Data);
        prism.BeginOutputReadLine();
        prism.BeginErrorReadLine();

        BaseUrl = $"http://127.0.0.1:{port}";
        await WaitUntilAnswering();
    }

    public Task DisposeAsync()
    {
        if (prism is { HasExited: false }) prism.Kill(entireProcessTree: true);
        prism?.Dispose();
        if (preparedSpec is not null) File.Delete(preparedSpec);
        return Task.CompletedTask;
    }

    private async Task WaitUntilAnswering()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartupLimit)
        {
            if (prism!.HasExited) throw new InvalidOperationException($"Prism exited with {prism.ExitCode}:\n{RecentLog}");
            try
            {
                // Any HTTP answer (404 for this path) means Prism is listening.
                using var response = await http.GetAsync(BaseUrl + "/");
                return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"Prism did not answer within {StartupLimit.TotalSeconds} s:\n{RecentLog}");
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        lock (log)
        {
            log.Enqueue(line);
            while (log.Count > 50) log.Dequeue();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
