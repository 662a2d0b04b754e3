using System.Diagnostics;

namespace Chatbot.Testing;

/// <summary>
/// Where things are for tests: the repository root (the folder holding Chatbot.sln) and tests/tools, whose npm
/// packages (twilio, Prism, Twilio's OpenAPI descriptions in @twilio-alpha/mcp) are installed with
/// "npm ci" from the committed lockfile on first use when node_modules is missing.
/// </summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);
    private static readonly object NpmLock = new();

    public static string Root => LazyRoot.Value;

    public static string Tools => Path.Combine(Root, "tests", "tools");

    /// <summary>
    /// One of Twilio's OpenAPI descriptions (e.g. "twilio_api_v2010.json"), as Twilio ships them in its npm package
    /// @twilio-alpha/mcp (folder twilio-oai/spec/json), pinned by tests/tools' lockfile.
    /// </summary>
    public static string TwilioOpenApi(string fileName) =>
        NodeModule(Path.Combine("@twilio-alpha", "mcp", "twilio-oai", "spec", "json", fileName));

    /// <summary>The node executable: $NODE when set, else "node" from PATH.</summary>
    public static string Node => Environment.GetEnvironmentVariable("NODE") is { Length: > 0 } node ? node : "node";

    /// <summary>A file inside tests/tools/node_modules, installing the locked packages first if they are absent.</summary>
    public static string NodeModule(string relativePath)
    {
        var path = Path.Combine(Tools, "node_modules", relativePath);
        if (File.Exists(path)) return path;
        lock (NpmLock)
        {
            if (!File.Exists(path)) NpmCi();
        }

        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing even after 'npm ci' in {Tools}.");
    }

    private static void NpmCi()
    {
        var start = new ProcessStartInfo("npm", "ci --no-audit --no-fund")
        {
            WorkingDirectory = Tools,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var npm = Process.Start(start) ?? throw new InvalidOperationException("npm could not be started; install Node.js and npm.");
        var output = npm.StandardOutput.ReadToEndAsync();
        var errors = npm.StandardError.ReadToEndAsync();
        if (!npm.WaitForExit(TimeSpan.FromMinutes(5))) npm.Kill(entireProcessTree: true);
        if (npm.ExitCode != 0)
            throw new InvalidOperationException($"'npm ci' failed in {Tools} (exit {npm.ExitCode}):\n{output.Result}\n{errors.Result}");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Chatbot.sln"))) return dir.FullName;
        }

        throw new DirectoryNotFoundException($"No Chatbot.sln above {AppContext.BaseDirectory}.");
    }
}
