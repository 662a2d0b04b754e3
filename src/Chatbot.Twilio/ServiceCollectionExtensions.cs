using Chatbot.Core.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Chatbot.Twilio;

/// <summary>Registers the Twilio layer: validated options, the Messages API client, the media probe, the webhook validator.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddChatbotTwilio(this IServiceCollection services, IConfiguration configuration)
    {
        // BindConfiguration reads IConfiguration from the container; the parameter keeps the call site explicit
        // and lets a host pass a configuration that is not registered.
        if (services.All(d => d.ServiceType != typeof(IConfiguration)))
            services.AddSingleton(configuration);

        services.AddOptions<TwilioOptions>().BindConfiguration(TwilioOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TwilioOptions>, TwilioOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient<TwilioMessagesClient>(ConfigureTimeout);
        services.TryAddTransient<IMessageSender>(sp => sp.GetRequiredService<TwilioMessagesClient>());

        services.AddHttpClient<TwilioMediaProbe>(ConfigureTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.TryAddTransient<IMediaProbe>(sp => sp.GetRequiredService<TwilioMediaProbe>());

        services.TryAddSingleton<TwilioRequestValidator>();
        return services;
    }

    private static void ConfigureTimeout(IServiceProvider services, HttpClient http) =>
        http.Timeout = TimeSpan.FromSeconds(Math.Max(1, services.GetRequiredService<IOptions<TwilioOptions>>().Value.RequestTimeoutSeconds));
}
