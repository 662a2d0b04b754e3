using System.Net;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Operability;

/// <summary>Checks <see cref="ProxyOptions"/> at start; every message names the option and shows a valid value.</summary>
public sealed class ProxyOptionsValidator : IValidateOptions<ProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProxyOptions options)
    {
        var failures = new List<string>();
        foreach (var proxy in options.KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
            failures.Add($"Proxy:KnownProxies: \"{proxy}\" is not an IP address (e.g. 127.0.0.1).");
        foreach (var network in options.KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
            failures.Add($"Proxy:KnownNetworks: \"{network}\" is not a network in CIDR notation (e.g. 10.20.0.0/24).");
        if (options.ForwardLimit is < 1 or > 10)
            failures.Add("Proxy:ForwardLimit must be between 1 and 10 (default 1: only the entry our proxy added).");
        if (options.HstsMaxAgeDays is < 1 or > 730)
            failures.Add("Proxy:HstsMaxAgeDays must be between 1 and 730 (default 365).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
