using System.Diagnostics;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Chatbot.Testing;

/// <summary>
/// Asks Twilio's own npm package (tests/tools/twilio-oracle.js) to sign or validate a batch of webhook requests in
/// one node process, so that the project's signature code is checked against Twilio's, not against itself.
/// </summary>
public static class TwilioOracle
{
    public static async Task<IReadOnlyList<string>> SignAsync(IReadOnlyList<TwilioOracleRequest> requests) =>
        (await RunAsync(requests)).Select(r => r.Value<string>("signature") ?? throw new InvalidOperationException("no signature")).ToList();

    public static async Task<IReadOnlyList<bool>> ValidateAsync(IReadOnlyList<TwilioOracleRequest> requests) =>
        (await RunAsync(requests)).Select(r => r.Value<bool>("valid")).ToList();

    /// <summary>Mixed batches: each result is {"signature": …} or {"valid": …}, in order.</summary>
    public static async Task<IReadOnlyList<JObject>> RunAsync(IReadOnlyList<TwilioOracleRequest> requests)
    {
        RepoPaths.NodeModule(Path.Combine("twilio", "lib", "webhooks", "webhooks.js"));
        var script = Path.Combine(RepoPaths.Tools, "twilio-oracle.js");
        var start = new ProcessStartInfo(RepoPaths.Node)
        {
            WorkingDirectory = RepoPaths.Tools,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(script);

        using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.StandardInput.WriteAsync(JsonConvert.SerializeObject(new { requests }));
        node.StandardInput.Close();

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException("twilio-oracle.js did not finish in 2 minutes");
        }

        if (node.ExitCode != 0) throw new InvalidOperationException($"twilio-oracle.js failed (exit {node.ExitCode}): {await errors}");
        var results = (JArray?)JObject.Parse(await output)["results"] ?? throw new InvalidOperationException("no results");
        if (results.Count != requests.Count) throw new InvalidOperationException($"{results.Count} results for {requests.Count} requests");
        return results.Cast<JObject>().ToList();
    }
}
