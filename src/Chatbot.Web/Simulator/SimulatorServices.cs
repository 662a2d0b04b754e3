namespace Chatbot.Web.Simulator;

public static class SimulatorServices
{
    /// <summary>Always registered (cheap); the endpoints are mapped only when Simulator:Enabled.</summary>
    public static IServiceCollection AddSimulator(this IServiceCollection services)
    {
        services.AddSingleton<SimulatorTimeline>();
        services.AddSingleton<SimulatorMediaStore>();
        services.AddSingleton<SimulatorSelf>();
        services.AddSingleton<StatusCallbackPlayer>();
        services.AddHostedService(sp => sp.GetRequiredService<StatusCallbackPlayer>());
        services.AddHttpClient(SimulatorSelf.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30));
        return services;
    }
}
