using Microsoft.Extensions.Options;

namespace Chatbot.Web.Options;

/// <summary>The simulator signs webhooks with the real auth token for anyone who asks: it must never run in Production.</summary>
public sealed class SimulatorOptionsValidator(IHostEnvironment environment) : IValidateOptions<SimulatorOptions>
{
    public ValidateOptionsResult Validate(string? name, SimulatorOptions options)
    {
        if (!options.Enabled) return ValidateOptionsResult.Success;
        var failures = new List<string>();
        if (environment.IsProduction())
            failures.Add("Simulator:Enabled must be false in Production: the simulator signs webhooks for anyone (set Simulator__Enabled=false, or run with ASPNETCORE_ENVIRONMENT=Development).");

        if (string.IsNullOrWhiteSpace(options.DataPath))
            failures.Add("Simulator:DataPath is missing: set it to a writable folder for uploaded photos (default \".data/simulator\").");
        if (!string.IsNullOrWhiteSpace(options.SelfBaseUrl) && !Uri.TryCreate(options.SelfBaseUrl, UriKind.Absolute, out _))
            failures.Add("Simulator:SelfBaseUrl must be an absolute URL of this service (e.g. http://127.0.0.1:5080) or be left empty.");
        if (options.MaxMessages < 100)
            failures.Add("Simulator:MaxMessages must be at least 100 (default 5000).");
        if (options.StatusCallbackDelayMilliseconds is < 0 or > 60_000)
            failures.Add("Simulator:StatusCallbackDelayMilliseconds must be between 0 and 60000 (default 400).");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
