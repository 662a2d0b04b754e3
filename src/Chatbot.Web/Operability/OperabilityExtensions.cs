using Chatbot.Web.Health;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Operability;

/// <summary>
/// What running the service behind a proxy needs: health checks (/healthz, /readyz), ProblemDetails for unhandled
/// errors (never a stack trace to the client), forwarded headers from the configured proxies only, and HSTS.
/// </summary>
public static class OperabilityExtensions
{
    public static WebApplicationBuilder AddChatbotOperability(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ProxyOptions>, ProxyOptionsValidator>());
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) => ConfigureForwarding(forwarded, proxy.Value));
        services.AddOptions<HstsOptions>().Configure<IOptions<ProxyOptions>>((hsts, proxy) =>
        {
            hsts.MaxAge = TimeSpan.FromDays(proxy.Value.HstsMaxAgeDays);
            hsts.IncludeSubDomains = proxy.Value.HstsIncludeSubDomains;
        });
        services.AddProblemDetails();
        services.AddChatbotHealthChecks();
        return builder;
    }

    /// <summary>
    /// First in the pipeline: the forwarded headers (so that scheme and client address are the proxy's view before
    /// anything reads them: Secure cookies, HSTS, the signed webhook URL), the exception handler, then HSTS.
    /// </summary>
    public static WebApplication UseChatbotOperability(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.Hsts) app.UseHsts();
        app.UseMiddleware<ClientAddressLog>();
        return app;
    }

    internal static void ConfigureForwarding(ForwardedHeadersOptions forwarded, ProxyOptions proxy)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        forwarded.ForwardLimit = proxy.ForwardLimit;
        // Only the configured proxies: not ASP.NET Core's default loopback, which would trust any local process.
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var address in proxy.KnownProxies) forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(address));
        foreach (var network in proxy.KnownNetworks) forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
    }
}
