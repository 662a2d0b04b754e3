using Chatbot.Twilio;
using Chatbot.Web.Options;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Simulator;

/// <summary>Where this service is reachable for the simulator's own HTTP calls, and the URLs Twilio would sign.</summary>
public sealed class SimulatorSelf(IOptions<SimulatorOptions> simulator, IOptions<TwilioOptions> twilio)
{
    /// <summary>The HttpClient name of every call the simulator makes to this service (webhooks, status callbacks).</summary>
    public const string HttpClientName = "simulator";

    /// <summary>Simulator:SelfBaseUrl, or the address the page was opened at.</summary>
    public string BaseUrl(HttpRequest request) =>
        (string.IsNullOrWhiteSpace(simulator.Value.SelfBaseUrl)
            ? request.Scheme + "://" + request.Host.ToUriComponent() + request.PathBase.ToUriComponent()
            : simulator.Value.SelfBaseUrl).TrimEnd('/');

    /// <summary>The URL Twilio signs for one of our webhooks: the public base URL when set (that is what the validator checks), else where it posts.</summary>
    public string SignedUrl(HttpRequest request, string path) =>
        (string.IsNullOrWhiteSpace(twilio.Value.PublicBaseUrl) ? BaseUrl(request) : twilio.Value.PublicBaseUrl.TrimEnd('/')) + path;

    public string MediaUrl(HttpRequest request, string id) => BaseUrl(request) + SimulatorPaths.Media + "/" + id;
}
