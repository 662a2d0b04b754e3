using Microsoft.Extensions.Options;

namespace Chatbot.Web.Options;

public sealed class WorkerOptionsValidator : IValidateOptions<WorkerOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkerOptions options)
    {
        var failures = new List<string>();

        if (options.BatchSize is < 1 or > 1000)
            failures.Add("Workers:BatchSize must be between 1 and 1000 (default 20).");
        if (options.LeaseSeconds is < 3 or > 600)
            failures.Add("Workers:LeaseSeconds must be between 3 and 600 (default 30).");
        if (options.PollMilliseconds is < 10 or > 60_000)
            failures.Add("Workers:PollMilliseconds must be between 10 and 60000 (default 1000).");
        else if (options.PollMilliseconds >= options.LeaseSeconds * 1000 / 3)
            failures.Add("Workers:PollMilliseconds must be shorter than a third of Workers:LeaseSeconds, or leases lapse while a worker waits.");
        if (options.SendRetryMaxAttempts is < 1 or > 100)
            failures.Add("Workers:SendRetryMaxAttempts must be between 1 and 100 (default 10).");
        if (options.HeartbeatMilliseconds is < 100 or > 60_000)
            failures.Add("Workers:HeartbeatMilliseconds must be between 100 and 60000 (default 2000).");
        if (options.ShutdownSeconds is < 1 or > 600)
            failures.Add("Workers:ShutdownSeconds must be between 1 and 600 (default 20; keep it below the orchestrator's kill timeout).");
        if (options.MaxMessageAgeMinutes is < 1 or > 1440)
            failures.Add("Workers:MaxMessageAgeMinutes must be between 1 and 1440 (default 60; WhatsApp's window is 24 hours).");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
