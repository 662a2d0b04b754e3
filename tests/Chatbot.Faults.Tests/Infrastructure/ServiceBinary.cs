using System.Diagnostics;
using System.Reflection;
using Chatbot.Testing;

namespace Chatbot.Faults.Tests.Infrastructure;

/// <summary>
/// The built service (src/Chatbot.Web/bin/{configuration}/net10.0/Chatbot.Web.dll) in the configuration these tests were
/// built in; built once with "dotnet build" when it is missing. $CHATBOT_FAULTS_SERVICE_ROOT points at another checkout
/// to take the service and its dialogs/ from (e.g. a snapshot while the working tree is being edited).
/// </summary>
public static class ServiceBinary
{
    private const string TargetFramework = "net10.0";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static string Configuration =>
        typeof(ServiceBinary).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } configuration
            ? configuration
            : "Release";

    /// <summary>The repository the service is taken from: $CHATBOT_FAULTS_SERVICE_ROOT, else this one.</summary>
    public static string Root =>
        Environment.GetEnvironmentVariable("CHATBOT_FAULTS_SERVICE_ROOT") is { Length: > 0 } root ? Path.GetFullPath(root) : RepoPaths.Root;

    public static string Dialogs => Path.Combine(Root, "dialogs");

    public static string Project => Path.Combine(Root, "src", "Chatbot.Web", "Chatbot.Web.csproj");

    public static string OutputDirectory => Path.Combine(Root, "src", "Chatbot.Web", "bin", Configuration, TargetFramework);

    public static string Dll => Path.Combine(OutputDirectory, "Chatbot.Web.dll");

    /// <summary>The dotnet host: the SDK's own when running under "dotnet test", else "dotnet" from PATH.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static async Task<string> EnsureBuiltAsync()
    {
        if (File.Exists(Dll)) return Dll;
        await Gate.WaitAsync();
        try
        {
            if (File.Exists(Dll)) return Dll;
            var start = new ProcessStartInfo(DotnetHost)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = Root,
            };
            foreach (var arg in new[] { "build", Project, "-c", Configuration, "-nologo", "--verbosity", "quiet" }) start.ArgumentList.Add(arg);
            using var build = Process.Start(start) ?? throw new InvalidOperationException("dotnet build could not be started.");
            var stdout = build.StandardOutput.ReadToEndAsync();
            var stderr = build.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            try
            {
                await build.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                build.Kill(entireProcessTree: true);
                throw new TimeoutException($"dotnet build {Project} -c {Configuration} took over 5 minutes.");
            }

            if (build.ExitCode != 0 || !File.Exists(Dll))
                throw new InvalidOperationException($"dotnet build {Project} -c {Configuration} failed (exit {build.ExitCode}):\n{await stdout}\n{await stderr}");
            return Dll;
        }
        finally
        {
            Gate.Release();
        }
    }
}
