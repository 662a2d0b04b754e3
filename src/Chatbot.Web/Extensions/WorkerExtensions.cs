using Chatbot.Web.Workers;

namespace Chatbot.Web.Extensions;

public static class WorkerExtensions
{
    /// <summary>
    /// The inbox and outbox workers and this instance's membership among the worker instances (they idle when
    /// Workers:Enabled is false); the shutdown budget (Workers:ShutdownSeconds).
    /// </summary>
    public static IServiceCollection AddChatbotWorkers(this IServiceCollection services)
    {
        services.AddSingleton<InstanceIdentity>();
        services.AddSingleton<InstanceMembership>();
        services.AddHostedService(sp => sp.GetRequiredService<InstanceMembership>());
        services.AddHostedService<InboxWorker>();
        services.AddHostedService<OutboxWorker>();
        services.AddOptions<HostOptions>().Configure<IConfiguration>(WorkerHostOptions.Configure);
        return services;
    }
}
