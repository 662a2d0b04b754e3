using Chatbot.Core.Activation;
using Chatbot.Testing;

namespace Chatbot.Redis.Tests.Activation;

/// <summary>Institutions by id, listed by name. One server and a cluster.</summary>
public abstract class RedisInstitutionsTests(IRedisTopology redis) : IDisposable
{
    [Collection(RedisCollection.Name)]
    public sealed class OnSingle(RedisServerFixture redis) : RedisInstitutionsTests(redis);

    [Collection(RedisClusterCollection.Name)]
    public sealed class OnCluster(RedisClusterFixture redis) : RedisInstitutionsTests(redis);

    private readonly IkdTestScope ikd = new(redis);

    public void Dispose() => ikd.Dispose();

    [Fact]
    public async Task Saved_institutions_read_back_renamed_in_place_and_listed_by_name()
    {
        await ikd.Institutions.SaveAsync(new Institution("pt-sritex", "PT Sritex"));
        await ikd.Institutions.SaveAsync(new Institution("pemkot-cilegon", "Pemerintah Kota Cilegon"));
        await ikd.Institutions.SaveAsync(new Institution("bank-bjb", "bank bjb Cabang Cilegon"));

        await ikd.Institutions.SaveAsync(new Institution("pt-sritex", "PT Sri Rejeki Isman Tbk (Sritex)"));

        Assert.Equal("PT Sri Rejeki Isman Tbk (Sritex)", (await ikd.Institutions.GetAsync("pt-sritex"))!.Name);
        Assert.Null(await ikd.Institutions.GetAsync("nobody"));
        Assert.Equal(["bank-bjb", "pemkot-cilegon", "pt-sritex"], (await ikd.Institutions.ListAsync()).Select(i => i.Id));
    }
}
