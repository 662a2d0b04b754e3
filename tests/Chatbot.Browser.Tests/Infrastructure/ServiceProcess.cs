using System.Diagnostics;
using System.Reflection;
using Chatbot.Testing;

namespace Chatbot.Browser.Tests.Infrastructure;

/// <summary>
/// The service as a real process: "dotnet src/Chatbot.Web/bin/{configuration}/net10.0/Chatbot.Web.dll" (built first when
/// missing), in Production, on a free loopback port, configured only through environment variables. Its output is
/// kept for failure messages. The same dll runs the account commands (create-operator).
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private static readonly string[] ForeignPrefixes =
        ["ASPNETCORE_", "DOTNET_ENVIRONMENT", "ConnectionStrings__", "Twilio__", "Redis__", "Bot__", "Workers__", "Simulator__", "Logging__", "Routing__", "Templates__", "CannedResponses__"];

    private readonly Queue<string> output = new();
    private readonly Process process;

    private ServiceProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public static string Configuration =>
        typeof(ServiceProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } c ? c : "Release";

    /// <summary>The checkout the service is taken from: $CHATBOT_BROWSER_SERVICE_ROOT (e.g. a snapshot), else this one.</summary>
    public static string Root =>
        Environment.GetEnvironmentVariable("CHATBOT_BROWSER_SERVICE_ROOT") is { Length: > 0 } root ? Path.GetFullPath(root) : RepoPaths.Root;

    public static string OutputDirectory => Path.Combine(Root, "src", "Chatbot.Web", "bin", Configuration, "net10.0");

    public static string Dll => Path.Combine(OutputDirectory, "Chatbot.Web.dll");

    public static string Dialogs => Path.Combine(Root, "dialogs");

    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public string Output(int lines = 80)
    {
        lock (output) return string.Join(Environment.NewLine, output.Skip(Math.Max(0, output.Count - lines)));
    }

    public static async Task EnsureBuiltAsync()
    {
        if (File.Exists(Dll)) return;
        var (code, text) = await RunAsync(Root, new Dictionary<string, string>(),
            ["build", Path.Combine(Root, "src", "Chatbot.Web", "Chatbot.Web.csproj"), "-c", Configuration, "-nologo", "--verbosity", "quiet"], TimeSpan.FromMinutes(5));
        if (code != 0 || !File.Exists(Dll)) throw new InvalidOperationException($"Building the service failed ({code}):\n{text}");
    }

    public static async Task<ServiceProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        await EnsureBuiltAsync();
        var port = FreePort.Next();
        var start = Start(settings);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.ArgumentList.Add(Dll);
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(OutputDirectory);
        var process = Process.Start(start) ?? throw new InvalidOperationException("The service could not be started.");
        var service = new ServiceProcess(process, port);
        process.OutputDataReceived += (_, e) => service.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => service.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"The service exited ({process.ExitCode}) during start:\n{service.Output()}");
            try
            {
                using var ready = await http.GetAsync(service.BaseUrl + "/readyz");
                if (ready.IsSuccessStatusCode) return service;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"The service was not ready within 60 s:\n{service.Output()}");
            await Task.Delay(150);
        }
    }

    /// <summary>Runs "dotnet Chatbot.Web.dll {args}" (an account command) with the same settings; exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> CommandAsync(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        await EnsureBuiltAsync();
        return await RunAsync(OutputDirectory, settings, [Dll, "--contentRoot", OutputDirectory, .. args], TimeSpan.FromMinutes(1));
    }

    private static ProcessStartInfo Start(IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = OutputDirectory,
        };
        foreach (var key in start.Environment.Keys.ToList())
        {
            if (ForeignPrefixes.Any(p => key.StartsWith(p, StringComparison.OrdinalIgnoreCase))) start.Environment.Remove(key);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        start.Environment["Logging__LogLevel__System.Net.Http.HttpClient"] = "Warning";
        foreach (var (key, value) in settings) start.Environment[key] = value;
        return start;
    }

    private static async Task<(int, string)> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> settings, string[] args, TimeSpan limit)
    {
        var start = Start(settings);
        start.WorkingDirectory = workingDirectory;
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args)} took longer than {limit}.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        lock (output)
        {
            output.Enqueue(line);
            while (output.Count > 2000) output.Dequeue();
        }
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
        }

        process.Dispose();
    }
}
