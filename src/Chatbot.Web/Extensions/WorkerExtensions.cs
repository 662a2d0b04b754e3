using Chatbot.Web.Workers;

namespace Chatbot.Web.Extensions;

public static class WorkerExtensions
{
    /// <summary>The inbox and outbox workers (they idle when Workers:Enabled is false).</summary>
    public static IServiceCollection AddChatbotWorkers(this IServiceCollection services)
    {
        services.AddSingleton<InstanceIdentity>();
        services.AddSingleton<SendRateLimiter>();
        services.AddHostedService<InboxWorker>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }
}
