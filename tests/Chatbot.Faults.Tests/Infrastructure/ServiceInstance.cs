using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Chatbot.Faults.Tests.Infrastructure;

/// <summary>
/// One instance of the service as a real process ("dotnet Chatbot.Web.dll") in Production, on its own free loopback
/// port, configured only through environment variables. Its output is kept for the failure message.
/// </summary>
public sealed class ServiceInstance
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Inherited variables that would change the service's configuration behind the test's back.</summary>
    private static readonly string[] ForeignPrefixes =
        ["ASPNETCORE_", "DOTNET_ENVIRONMENT", "ConnectionStrings__", "Twilio__", "Redis__", "Bot__", "Workers__", "Simulator__", "Logging__"];

    private readonly OutputTail output = new();
    private readonly Process process;

    private ServiceInstance(string name, int port, Process process)
    {
        Name = name;
        Port = port;
        this.process = process;
    }

    public string Name { get; }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public int Pid => process.Id;

    public bool HasExited => process.HasExited;

    public string Output(int lines = 60) => output.Text(lines);

    /// <summary>The last warnings and errors, leaving out the (many, expected) webhook refusals.</summary>
    public string Warnings(int lines = 60) =>
        output.Text(lines, line => (line.Contains("warn:", StringComparison.Ordinal) || line.Contains("fail:", StringComparison.Ordinal) || line.Contains("crit:", StringComparison.Ordinal))
                                   && !line.Contains("answered 503", StringComparison.Ordinal) && !line.Contains("Refused a WhatsApp webhook", StringComparison.Ordinal)
                                   && !line.Contains("Bad WhatsApp webhook form", StringComparison.Ordinal));

    public void WriteOutput(string path) => output.WriteTo(path);

    public static async Task<ServiceInstance> StartAsync(string name, ProcessRegistry registry, IReadOnlyDictionary<string, string> settings, int port)
    {
        var dll = await ServiceBinary.EnsureBuiltAsync();
        var start = new ProcessStartInfo(ServiceBinary.DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = ServiceBinary.OutputDirectory,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(ServiceBinary.OutputDirectory);

        foreach (var key in start.Environment.Keys.ToList())
        {
            if (ForeignPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))) start.Environment.Remove(key);
        }

        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        start.Environment["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ";
        start.Environment["Logging__LogLevel__System.Net.Http.HttpClient"] = "Warning";
        foreach (var (key, value) in settings) start.Environment[key] = value;

        var process = registry.Start(start);
        var instance = new ServiceInstance(name, port, process);
        process.OutputDataReceived += (_, e) => instance.output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => instance.output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await instance.WaitUntilReadyAsync();
        return instance;
    }

    /// <summary>GET /readyz answers 200 (bounded); throws with the instance's output when it does not or the process exits.</summary>
    public async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"{Name} exited with code {process.ExitCode} during start:\n{Output()}");
            if (await StatusOfAsync(http, "/readyz") == HttpStatusCode.OK) return;
            if (clock.Elapsed > ReadyTimeout)
                throw new TimeoutException($"{Name} was not ready ({BaseUrl}/readyz) within {ReadyTimeout.TotalSeconds:0} s:\n{Output()}");
            await Task.Delay(100);
        }
    }

    public async Task<HttpStatusCode?> StatusOfAsync(HttpClient http, string path)
    {
        try
        {
            using var response = await http.GetAsync(BaseUrl + path);
            return response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>kill -9 of the process (and any children).</summary>
    public void Kill() => ProcessRegistry.Kill(process);

    /// <summary>Resident memory (VmRSS of /proc/&lt;pid&gt;/status) in bytes.</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (!line.StartsWith("VmRSS:", StringComparison.Ordinal)) continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return long.Parse(parts[1], CultureInfo.InvariantCulture) * 1024;
        }

        throw new InvalidOperationException($"No VmRSS in /proc/{Pid}/status.");
    }
}
