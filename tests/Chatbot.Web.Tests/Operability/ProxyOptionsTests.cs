using System.Net;
using Chatbot.Testing;
using Chatbot.Web.Operability;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;

namespace Chatbot.Web.Tests.Operability;

/// <summary>Forwarded headers are believed from the configured proxies only; a bad address stops the start naming the option.</summary>
[Collection(WebCollection.Name)]
public sealed class ProxyOptionsTests(RedisServerFixture redis)
{
    [Fact]
    public async Task Only_the_configured_proxies_are_trusted_not_the_default_loopback()
    {
        await using var none = new ChatbotAppFactory(redis);
        var untrusting = none.Get<IOptions<ForwardedHeadersOptions>>().Value;
        Assert.Empty(untrusting.KnownProxies);
        Assert.Empty(untrusting.KnownIPNetworks);

        await using var configured = new ChatbotAppFactory(redis, new Dictionary<string, string?>
        {
            ["Proxy:KnownProxies:0"] = "10.1.2.3",
            ["Proxy:KnownNetworks:0"] = "192.0.2.0/24",
        });
        var trusting = configured.Get<IOptions<ForwardedHeadersOptions>>().Value;
        Assert.Equal([IPAddress.Parse("10.1.2.3")], trusting.KnownProxies);
        Assert.Equal([System.Net.IPNetwork.Parse("192.0.2.0/24")], trusting.KnownIPNetworks);
        Assert.Equal(1, trusting.ForwardLimit);
    }

    [Fact]
    public void Bad_addresses_and_limits_are_refused_naming_the_option()
    {
        var result = new ProxyOptionsValidator().Validate(null, new ProxyOptions
        {
            KnownProxies = ["nginx.local"],
            KnownNetworks = ["10.0.0.0/33"],
            ForwardLimit = 0,
            HstsMaxAgeDays = 0,
        });
        Assert.True(result.Failed);
        var failures = string.Join('\n', result.Failures!);
        Assert.Contains("Proxy:KnownProxies: \"nginx.local\"", failures);
        Assert.Contains("Proxy:KnownNetworks: \"10.0.0.0/33\"", failures);
        Assert.Contains("Proxy:ForwardLimit", failures);
        Assert.Contains("Proxy:HstsMaxAgeDays", failures);
        Assert.True(new ProxyOptionsValidator().Validate(null, new ProxyOptions { KnownProxies = ["127.0.0.1", "::1"] }).Succeeded);
    }
}
