using Chatbot.Web.Options;

namespace Chatbot.Web.Workers;

/// <summary>The host's shutdown budget from Workers:ShutdownSeconds: in-flight items finish and leases are released within it.</summary>
public static class WorkerHostOptions
{
    public static void Configure(HostOptions host, IConfiguration configuration)
    {
        var seconds = configuration.GetValue($"{WorkerOptions.SectionName}:{nameof(WorkerOptions.ShutdownSeconds)}", new WorkerOptions().ShutdownSeconds);

        // An invalid value stops the start (WorkerOptionsValidator); until then keep the timeout sane.
        host.ShutdownTimeout = TimeSpan.FromSeconds(Math.Clamp(seconds, 1, 600));
    }
}
