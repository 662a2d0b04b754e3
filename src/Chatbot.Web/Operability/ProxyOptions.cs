namespace Chatbot.Web.Operability;

/// <summary>
/// Settings of the "Proxy" section: the TLS-terminating reverse proxy in front of the service (deploy/nginx).
/// X-Forwarded-For / X-Forwarded-Proto are believed only from <see cref="KnownProxies"/> and
/// <see cref="KnownNetworks"/>; with neither set they are ignored, so nobody outside can pose as the proxy.
/// </summary>
public sealed class ProxyOptions
{
    public const string SectionName = "Proxy";

    /// <summary>Addresses of the proxies whose forwarded headers are used (e.g. "127.0.0.1" for nginx on the same machine).</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of such proxies in CIDR notation (e.g. "10.20.0.0/24").</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies deep the forwarded headers are read (1: only the entry our proxy added).</summary>
    public int ForwardLimit { get; set; } = 1;

    /// <summary>Strict-Transport-Security on every https answer (behind the proxy: when it forwarded https).</summary>
    public bool Hsts { get; set; } = true;

    public int HstsMaxAgeDays { get; set; } = 365;

    public bool HstsIncludeSubDomains { get; set; }
}
