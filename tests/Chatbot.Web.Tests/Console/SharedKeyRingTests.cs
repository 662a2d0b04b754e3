using System.Security.Cryptography;
using Chatbot.Core.Ports;
using Chatbot.Testing;
using Microsoft.AspNetCore.DataProtection;

namespace Chatbot.Web.Tests.OperatorConsole;

/// <summary>Sign-in cookies are protected with a key ring kept in Redis: any instance reads another's, another office's cannot.</summary>
[Collection(WebCollection.Name)]
public sealed class SharedKeyRingTests(RedisServerFixture redis)
{
    [Fact]
    public async Task What_one_instance_protects_another_instance_on_the_same_store_can_read()
    {
        await using var first = new ChatbotAppFactory(redis);
        await using var second = new ChatbotAppFactory(redis, new Dictionary<string, string?> { ["Redis:KeyPrefix"] = first.KeyPrefix });
        await using var elsewhere = new ChatbotAppFactory(redis);
        const string purpose = "console-cookie-test";

        var sealedByFirst = first.Get<IDataProtectionProvider>().CreateProtector(purpose).Protect("operator:siti");

        Assert.NotEmpty(first.Get<IKeyRingStore>().GetAll());
        Assert.Equal("operator:siti", second.Get<IDataProtectionProvider>().CreateProtector(purpose).Unprotect(sealedByFirst));
        // A host on another store has its own key ring: the machine's disk is not what makes the first two agree.
        Assert.ThrowsAny<CryptographicException>(() => elsewhere.Get<IDataProtectionProvider>().CreateProtector(purpose).Unprotect(sealedByFirst));
    }
}
