using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;

namespace Chatbot.Testing;

/// <summary>
/// The service as a real process: "dotnet src/Chatbot.Web/bin/{configuration}/net10.0/Chatbot.Web.dll" (built once when
/// missing), in Production, on a free loopback port, configured only through environment variables. Its output is
/// kept for failure messages. The same dll runs the account commands (<see cref="CommandAsync"/>).
/// $CHATBOT_SERVICE_ROOT points at another checkout to take the service and its dialogs/ from (e.g. a snapshot while
/// the working tree is being edited). Used by the browser, deployment and fault tests alike.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private const string TargetFramework = "net10.0";

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private static readonly SemaphoreSlim BuildGate = new(1, 1);

    /// <summary>Inherited variables that would change the service's configuration behind the test's back.</summary>
    private static readonly string[] ForeignPrefixes =
    [
        "ASPNETCORE_", "DOTNET_ENVIRONMENT", "ConnectionStrings__", "Twilio__", "Redis__", "Bot__", "Workers__", "Simulator__", "Logging__",
        "Routing__", "Templates__", "CannedResponses__",
    ];

    /// <summary>Tracks the processes started without a registry of the test's own, so that none outlives the test run.</summary>
    private static readonly ProcessRegistry Everywhere = new();

    private readonly OutputTail output = new();
    private readonly Process process;

    private ServiceProcess(string name, int port, Process process)
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

    public static string Configuration =>
        typeof(ServiceProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } c ? c : "Release";

    /// <summary>The checkout the service is taken from: $CHATBOT_SERVICE_ROOT, else this one.</summary>
    public static string Root =>
        Environment.GetEnvironmentVariable("CHATBOT_SERVICE_ROOT") is { Length: > 0 } root ? Path.GetFullPath(root) : RepoPaths.Root;

    public static string Project => Path.Combine(Root, "src", "Chatbot.Web", "Chatbot.Web.csproj");

    public static string OutputDirectory => Path.Combine(Root, "src", "Chatbot.Web", "bin", Configuration, TargetFramework);

    public static string Dll => Path.Combine(OutputDirectory, "Chatbot.Web.dll");

    public static string Dialogs => Path.Combine(Root, "dialogs");

    /// <summary>The dotnet host: the SDK's own when running under "dotnet test", else "dotnet" from PATH.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>The last lines of output, optionally only those matching <paramref name="keep"/>.</summary>
    public string Output(int lines = 80, Func<string, bool>? keep = null) => output.Text(lines, keep);

    public void WriteOutput(string path) => output.WriteTo(path);

    public static async Task EnsureBuiltAsync()
    {
        if (File.Exists(Dll)) return;
        await BuildGate.WaitAsync();
        try
        {
            if (File.Exists(Dll)) return;
            var (code, text) = await RunAsync(Root, new Dictionary<string, string>(),
                ["build", Project, "-c", Configuration, "-nologo", "--verbosity", "quiet"], TimeSpan.FromMinutes(5));
            if (code != 0 || !File.Exists(Dll)) throw new InvalidOperationException($"dotnet build {Project} -c {Configuration} failed (exit {code}):\n{text}");
        }
        finally
        {
            BuildGate.Release();
        }
    }

    /// <summary>Starts the service and waits until GET /readyz answers 200.</summary>
    /// <param name="registry">The test's own registry (killed as a whole when the test ends); else one for the whole run.</param>
    /// <param name="port">The loopback port; a free one when not given.</param>
    public static async Task<ServiceProcess> StartAsync(
        IReadOnlyDictionary<string, string> settings, string name = "service", ProcessRegistry? registry = null, int? port = null)
    {
        await EnsureBuiltAsync();
        var listenOn = port ?? FreePort.Next();
        var start = StartInfo(settings);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{listenOn}";
        start.ArgumentList.Add(Dll);
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(OutputDirectory);
        var process = (registry ?? Everywhere).Start(start);
        var service = new ServiceProcess(name, listenOn, process);
        process.OutputDataReceived += (_, e) => service.output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => service.output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await service.WaitUntilReadyAsync();
        return service;
    }

    /// <summary>GET /readyz answers 200 (bounded); throws with the service's output when it does not or the process exits.</summary>
    public async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"{Name} exited with code {process.ExitCode} during start:\n{Output()}");
            if (await StatusOfAsync(http, "/readyz") == HttpStatusCode.OK) return;
            if (clock.Elapsed > ReadyTimeout) throw new TimeoutException($"{Name} was not ready ({BaseUrl}/readyz) within {ReadyTimeout.TotalSeconds:0} s:\n{Output()}");
            await Task.Delay(100);
        }
    }

    /// <summary>The status of GET <paramref name="path"/>, or null when the service does not answer.</summary>
    public async Task<HttpStatusCode?> StatusOfAsync(HttpClient http, string path)
    {
        ArgumentNullException.ThrowIfNull(http);
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

    /// <summary>Runs "dotnet Chatbot.Web.dll {args}" (an account command) with the same settings; exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> CommandAsync(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        await EnsureBuiltAsync();
        return await RunAsync(OutputDirectory, settings, [Dll, "--contentRoot", OutputDirectory, .. args], TimeSpan.FromMinutes(1));
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

    public void Dispose() => ProcessRegistry.Kill(process);

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> settings)
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
        start.Environment["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ";
        start.Environment["Logging__LogLevel__System.Net.Http.HttpClient"] = "Warning";
        foreach (var (key, value) in settings) start.Environment[key] = value;
        return start;
    }

    private static async Task<(int, string)> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> settings, string[] args, TimeSpan limit)
    {
        var start = StartInfo(settings);
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
}
