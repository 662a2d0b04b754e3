using System.Security.Cryptography;
using System.Xml.Linq;
using Chatbot.Redis;
using Chatbot.Testing;
using Chatbot.Web.Accounts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Chatbot.Web.Tests.OperatorConsole;

/// <summary>Sign-in cookies are protected with a key ring kept in Redis: any instance reads another's, another office's cannot.</summary>
[Collection(WebCollection.Name)]
public sealed class SharedKeyRingTests(RedisServerFixture redis)
{
    private const string Purpose = "console-cookie-test";

    [Fact]
    public async Task What_one_instance_protects_another_instance_on_the_same_store_can_read()
    {
        await using var first = new ChatbotAppFactory(redis);
        await using var second = new ChatbotAppFactory(redis, new Dictionary<string, string?> { ["Redis:KeyPrefix"] = first.KeyPrefix });
        await using var elsewhere = new ChatbotAppFactory(redis);

        var sealedByFirst = first.Get<IDataProtectionProvider>().CreateProtector(Purpose).Protect("operator:siti");

        Assert.NotEqual(0, await first.Get<IConnectionMultiplexer>().GetDatabase().ListLengthAsync(first.Get<RedisKeys>().DataProtectionKeys));
        Assert.Equal("operator:siti", second.Get<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(sealedByFirst));
        // A host on another store has its own key ring: the machine's disk is not what makes the first two agree.
        Assert.ThrowsAny<CryptographicException>(() => elsewhere.Get<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(sealedByFirst));
    }

    [Fact]
    public async Task A_key_ring_and_a_cookie_written_by_the_earlier_repository_stay_valid()
    {
        // The host is not started before the earlier ring exists (it would make its own first key).
        await using var app = new ChatbotAppFactory(redis);
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var database = connection.GetDatabase();
        var key = new RedisKeys(app.KeyPrefix, new RedisOptions().Partitions).DataProtectionKeys;

        // Before: Data Protection over the project's own repository (one list, RPUSH of each key's unformatted XML).
        var earlier = new ServiceCollection();
        earlier.AddDataProtection().SetApplicationName(SharedKeyRing.ApplicationName);
        earlier.Configure<KeyManagementOptions>(o => o.XmlRepository = new EarlierKeyRingList(database, key));
        string sealedBefore;
        await using (var provider = earlier.BuildServiceProvider())
            sealedBefore = provider.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("operator:siti");
        var keysBefore = await database.ListRangeAsync(key);
        Assert.NotEmpty(keysBefore);

        // Now: the service's registration reads that ring and opens what was sealed with it, without a new key.
        Assert.Equal("operator:siti", app.Get<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(sealedBefore));
        Assert.Equal(keysBefore.Select(v => v.ToString()), (await database.ListRangeAsync(key)).Select(v => v.ToString()));
    }

    /// <summary>The repository the service used before Microsoft.AspNetCore.DataProtection.StackExchangeRedis, as it was.</summary>
    private sealed class EarlierKeyRingList(IDatabase database, RedisKey key) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements() => database.ListRange(key).Select(v => XElement.Parse(v.ToString())).ToList();

        public void StoreElement(XElement element, string friendlyName) => database.ListRightPush(key, element.ToString(SaveOptions.DisableFormatting));
    }
}
